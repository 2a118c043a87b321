import { useEffect, useId, useState } from 'react';
import { parseEndfirstFile } from '../../../../shared/domain/file-format';
import type { BackupEntry } from '../../../../shared/ipc';
import { getDatabase } from '../../db/instance';
import { importWorkshops } from '../../db/workshops';
import type { BackupHost } from '../../host/HostApi';
import { Modal } from '../../ui/Modal';
import { showToast } from '../../ui/toasts';
import { downloadTextFile } from '../../ui/download';
import { describeStorageError } from '../../editing/storage-errors';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface BackupGroup {
  readonly workshopId: string;
  readonly title: string;
  readonly backups: readonly BackupEntry[];
}

/** Newest backup first within each workshop; a workshop's title from the library or its newest file. */
async function groupBackups(backups: BackupHost, entries: readonly BackupEntry[]): Promise<BackupGroup[]> {
  const byWorkshop = new Map<string, BackupEntry[]>();
  for (const entry of entries) byWorkshop.set(entry.workshopId, [...(byWorkshop.get(entry.workshopId) ?? []), entry]);
  return Promise.all(
    [...byWorkshop].map(async ([workshopId, list]) => {
      const known = await getDatabase()
        .summaries.get(workshopId)
        .catch(() => undefined);
      let title = known?.title;
      if (title === undefined && list[0]) {
        const parsed = parseEndfirstFile(await backups.read(list[0].fileName).catch(() => ''));
        title = parsed.ok ? parsed.workshops[0]?.meta.title : undefined;
      }
      return { workshopId, title: title || 'Untitled workshop', backups: list };
    }),
  );
}

/**
 * "Restore from backup…": the backups main keeps outside IndexedDB. Restoring replaces the
 * workshop in the library (its current state is kept as a version first, by importWorkshops).
 * When the database itself cannot be opened, restoring is impossible, so each backup can still
 * be saved as a file the facilitator keeps.
 */
export function RestoreFromBackupDialog({
  backups,
  canRestore,
  onClose,
}: {
  backups: BackupHost;
  canRestore: boolean;
  onClose: () => void;
}) {
  const titleId = useId();
  const [groups, setGroups] = useState<BackupGroup[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    backups
      .list()
      .then((entries) => groupBackups(backups, entries))
      .then(setGroups, (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  }, [backups]);

  const restore = async (entry: BackupEntry) => {
    const parsed = parseEndfirstFile(await backups.read(entry.fileName));
    if (!parsed.ok) {
      showToast({ message: `That backup could not be read: ${parsed.problem.message}`, tone: 'error' });
      return;
    }
    try {
      await importWorkshops(getDatabase(), parsed.workshops, 'replace');
      showToast({ message: `Restored the backup from ${when.format(new Date(entry.savedAt))}`, tone: 'success' });
      onClose();
    } catch (error) {
      showToast({ message: describeStorageError(error), tone: 'error' });
    }
  };

  const saveCopy = async (entry: BackupEntry) => {
    downloadTextFile(entry.fileName, await backups.read(entry.fileName));
  };

  return (
    <Modal titleId={titleId} onClose={onClose} className="side-panel">
      <div className="side-panel-head">
        <h2 id={titleId}>Restore from backup</h2>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="muted">
        Endfirst keeps the last 10 backups of each workshop as files on this computer, outside its database.
      </p>
      {problem && <p role="alert">{problem}</p>}
      {groups?.length === 0 && <p>There are no backups yet.</p>}
      {groups?.map((group) => (
        <section key={group.workshopId} aria-label={group.title} className="backup-group">
          <h3>{group.title}</h3>
          <ol className="version-list">
            {group.backups.map((entry) => {
              const saved = when.format(new Date(entry.savedAt));
              return (
                <li key={entry.fileName} className="version-row">
                  <span>{saved}</span>
                  <span className="version-confirm">
                    {canRestore && (
                      <button
                        type="button"
                        className="button small"
                        aria-label={`Restore ${group.title} from ${saved}`}
                        onClick={() => void restore(entry)}
                      >
                        Restore
                      </button>
                    )}
                    <button
                      type="button"
                      className="button small"
                      aria-label={`Save a copy of ${group.title} from ${saved}`}
                      onClick={() => void saveCopy(entry)}
                    >
                      Save a copy
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </Modal>
  );
}
