import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { getDatabase } from '../../db/instance';
import type { VersionReason, VersionRecord } from '../../db/records';
import type { Workshop } from '../../../../shared/domain/workshop';
import { deleteVersion, listVersions, restoreVersion } from '../../db/versions';
import { ChangesView } from '../changes';
import { ConfirmDialog } from '../library';
import { showToast } from '../../ui/toasts';
import { getAutosave } from '../../editing/autosave';
import { describeStorageError } from '../../editing/storage-errors';

const REASON_LABELS: Record<VersionReason, string> = {
  opened: 'When opened',
  interval: 'Automatic',
  manual: 'Saved by you',
  'before-restore': 'Before a restore',
  'before-import': 'Before an import replaced it',
  'session-end': 'Session baseline',
};

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** What a version is called in a sentence: its label, or why it was taken. */
export const versionName = (version: VersionRecord): string => version.label || REASON_LABELS[version.reason];

/**
 * Lists snapshots, newest first; restoring snapshots the present first, so it can be undone. Any
 * version can be compared with the present, and deleted by hand (after a confirmation): the only
 * way a named version or a session baseline ever goes.
 */
export function VersionsPanel({ workshop, onClose }: { workshop: Workshop; onClose: () => void }) {
  const workshopId = workshop.id;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const versions = useLiveQuery(() => listVersions(getDatabase(), workshopId), [workshopId]);
  const [confirming, setConfirming] = useState<VersionRecord | null>(null);
  const [comparing, setComparing] = useState<VersionRecord | null>(null);
  const [deleting, setDeleting] = useState<VersionRecord | null>(null);

  useEffect(() => dialogRef.current?.showModal(), []);

  const restore = async (version: VersionRecord) => {
    try {
      await getAutosave().flushAll();
      await restoreVersion(getDatabase(), version.id);
      showToast({ message: `Restored the version from ${when.format(new Date(version.createdAt))}`, tone: 'success' });
      onClose();
    } catch (error) {
      showToast({ message: describeStorageError(error), tone: 'error' });
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog side-panel"
      aria-labelledby="versions-title"
      // React passes a nested dialog's 'close' (the comparison, the delete confirmation) up its
      // tree: only this dialog's own close closes the panel.
      onClose={(event) => event.target === event.currentTarget && onClose()}
    >
      <div className="side-panel-head">
        <h2 id="versions-title">Versions</h2>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="muted">Restoring keeps a copy of the current state here first, so you can always go back.</p>
      {versions?.length === 0 && <p>No versions yet. One is saved each time you open the workshop.</p>}
      <ol className="version-list">
        {versions?.map((version) => (
          <li key={version.id} className="version-row">
            <div>
              <strong>{versionName(version)}</strong>
              <span className="muted">
                {when.format(new Date(version.createdAt))}
                {version.label ? ` · ${REASON_LABELS[version.reason]}` : ''}
              </span>
            </div>
            {confirming?.id === version.id ? (
              <div className="version-confirm" role="group" aria-label="Confirm restore">
                <button type="button" className="button primary small" onClick={() => void restore(version)}>
                  Restore this version
                </button>
                <button type="button" className="button small" onClick={() => setConfirming(null)}>
                  Keep current
                </button>
              </div>
            ) : (
              <div className="version-actions">
                <button
                  type="button"
                  className="button small"
                  aria-label={`Compare the version from ${when.format(new Date(version.createdAt))} with now`}
                  onClick={() => setComparing(version)}
                >
                  Compare with now
                </button>
                <button
                  type="button"
                  className="button small"
                  aria-label={`Restore version from ${when.format(new Date(version.createdAt))}`}
                  onClick={() => setConfirming(version)}
                >
                  Restore…
                </button>
                <button
                  type="button"
                  className="button small ghost"
                  aria-label={`Delete version from ${when.format(new Date(version.createdAt))}`}
                  onClick={() => setDeleting(version)}
                >
                  Delete…
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {comparing && (
        <ChangesView
          title={`Changes since “${versionName(comparing)}”`}
          intro={`From the version of ${when.format(new Date(comparing.createdAt))} to the workshop as it is now.`}
          before={comparing.workshop}
          after={workshop}
          onClose={() => setComparing(null)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title="Delete this version?"
          confirmLabel="Delete version"
          onConfirm={async () => {
            await deleteVersion(getDatabase(), deleting.id);
            showToast({ message: `Deleted the version “${versionName(deleting)}”`, tone: 'success' });
          }}
          onClose={() => setDeleting(null)}
        >
          <p>
            “{versionName(deleting)}” from {when.format(new Date(deleting.createdAt))} will be gone for good. The workshop itself does not
            change.
          </p>
        </ConfirmDialog>
      )}
    </dialog>
  );
}
