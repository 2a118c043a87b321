import { useEffect, useId, useRef, useState } from 'react';
import { getDatabase } from '../../db/instance';
import { saveVersion } from '../../db/versions';
import { addNamedVersionPoint } from '../sessions';
import { showToast } from '../../ui/toasts';
import { getAutosave } from '../../editing/autosave';
import { describeStorageError } from '../../editing/storage-errors';

/**
 * "Save version" with an optional label, e.g. "After the ops team joined". `onBackUp` writes the
 * desktop backup file: after the version is stored, and also when it could not be (a full
 * IndexedDB quota), because the file lives outside IndexedDB and is then the one copy still made.
 */
export function SaveVersionDialog({
  workshopId,
  onBackUp,
  onClose,
}: {
  workshopId: string;
  onBackUp: () => void;
  onClose: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const labelId = useId();
  const [label, setLabel] = useState('');
  const [isSaving, setSaving] = useState(false);

  useEffect(() => dialogRef.current?.showModal(), []);

  const save = async () => {
    setSaving(true);
    try {
      await getAutosave().flushAll();
      await saveVersion(getDatabase(), workshopId, 'manual', label);
      // A named version is a point of the readiness trend; an unnamed one is not worth a label.
      await addNamedVersionPoint(workshopId, label);
      showToast({ message: label.trim() ? `Saved version “${label.trim()}”` : 'Version saved', tone: 'success' });
      onBackUp();
      onClose();
    } catch (error) {
      showToast({ message: `The version could not be saved. ${describeStorageError(error)}`, tone: 'error' });
      onBackUp();
      setSaving(false);
    }
  };

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={`${labelId}-title`} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id={`${labelId}-title`}>Save a version</h2>
        <p className="muted">Endfirst already saves every change. A named version marks a moment you may want to return to.</p>
        <div className="field">
          <label htmlFor={labelId}>Label (optional)</label>
          <input id={labelId} value={label} maxLength={200} autoFocus onChange={(event) => setLabel(event.target.value)} />
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={isSaving}>
            Save version
          </button>
        </div>
      </form>
    </dialog>
  );
}
