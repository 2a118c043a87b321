import { useId, useRef, useState, type ReactNode } from 'react';
import { describeStorageError } from '../../editing/storage-errors';
import { Modal } from '../../ui/Modal';

interface ConfirmDialogProps {
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly onConfirm: () => Promise<void>;
  readonly onClose: () => void;
}

/** A destructive action's last question. Cancel has the focus, so Enter never destroys by accident. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [isWorking, setWorking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function confirm() {
    setWorking(true);
    try {
      await onConfirm();
      dialogRef.current?.close();
    } catch (error) {
      setProblem(`That did not work. ${describeStorageError(error)}`);
      setWorking(false);
    }
  }

  return (
    <Modal
      role="alertdialog"
      titleId={`${id}-title`}
      descriptionId={`${id}-description`}
      onClose={onClose}
      dialogRef={dialogRef}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-description`} className="lib-dialog-body">
        {children}
      </div>
      {problem && (
        <p role="alert" className="lib-form-problem">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => dialogRef.current?.close()} data-autofocus>
          Cancel
        </button>
        <button type="button" className="button danger" onClick={confirm} disabled={isWorking}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
