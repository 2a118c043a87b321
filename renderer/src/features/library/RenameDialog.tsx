import { useId, useRef, useState, type FormEvent } from 'react';
import { LIMITS } from '../../../../shared/domain/limits';
import { describeStorageError } from '../../editing/storage-errors';
import { Modal } from '../../ui/Modal';

interface RenameDialogProps {
  readonly currentTitle: string;
  readonly onRename: (title: string) => Promise<void>;
  readonly onClose: () => void;
}

export function RenameDialog({ currentTitle, onRename, onClose }: RenameDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState(currentTitle);
  const [problem, setProblem] = useState<string | null>(null);
  const hasTitle = title.trim() !== '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!hasTitle) return;
    try {
      if (title.trim() !== currentTitle) await onRename(title.trim());
      dialogRef.current?.close();
    } catch (error) {
      setProblem(`The workshop could not be renamed. ${describeStorageError(error)}`);
    }
  }

  return (
    <Modal titleId={`${id}-title`} onClose={onClose} dialogRef={dialogRef}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>Rename workshop</h2>
        <div className="field">
          <label htmlFor={`${id}-name`}>Title</label>
          <input
            id={`${id}-name`}
            className="lib-text-input"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            onFocus={(event) => event.target.select()}
            maxLength={LIMITS.shortText}
            required
            data-autofocus
            autoComplete="off"
          />
        </div>
        {problem && (
          <p role="alert" className="lib-form-problem">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={!hasTitle}>
            Rename
          </button>
        </div>
      </form>
    </Modal>
  );
}
