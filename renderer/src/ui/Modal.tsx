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
  const hasClosed = useRef(false);
  const closeOnce = () => {
    if (hasClosed.current) return;
    hasClosed.current = true;
    onClose();
  };

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    hasClosed.current = false;
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
      // Escape would hide the dialog at once but fire 'close' a task later, so a key pressed in
      // between (the shortcut again, Enter on the button that opened it) found the dialog still
      // "open" and did nothing. Close it here instead — which also gives focus back — and report
      // it in the same event.
      onCancel={(event) => {
        event.preventDefault();
        event.currentTarget.close();
        closeOnce();
      }}
      onClose={closeOnce}
    >
      {children}
    </dialog>
  );
}
