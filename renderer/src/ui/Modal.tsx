import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

interface ModalProps {
  readonly titleId: string;
  readonly descriptionId?: string;
  /** 'alertdialog' for confirmations and errors that need an answer before anything else. */
  readonly role?: 'dialog' | 'alertdialog';
  /** Called once the dialog has closed (Escape, Cancel, or `close()` on the ref). */
  readonly onClose: () => void;
  readonly className?: string;
  readonly dialogRef?: RefObject<HTMLDialogElement | null>;
  readonly children: ReactNode;
}

/**
 * A native modal <dialog>: the browser traps focus, closes on Escape, makes the page behind it
 * inert and gives focus back to the control that opened it. Mark the control to focus first
 * with `data-autofocus`.
 */
export function Modal({ titleId, descriptionId, role = 'dialog', onClose, className, dialogRef, children }: ModalProps) {
  const ownRef = useRef<HTMLDialogElement>(null);
  const ref = dialogRef ?? ownRef;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // React's autoFocus runs before the dialog is open (and so cannot focus); choose the field here.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [ref]);

  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onClose={onClose}
    >
      {children}
    </dialog>
  );
}
