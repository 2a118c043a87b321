import './team.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { RotateCcw, X } from 'lucide-react';
import { useId, useState } from 'react';
import { getDatabase } from '../../db/instance';
import type { SyncNoticeRecord } from '../../db/records';
import { getAutosave } from '../../editing/autosave';
import { describeStorageError } from '../../editing/storage-errors';
import { showToast } from '../../ui/toasts';
import { keptRowWords } from './kept-row-words';
import { dismissNotice, restoreNoticeRow } from './sync-notices';

/** Which notices a screen shows: one plan's (its workshop screen), every one (the library), or the team list's own (the portfolio). */
export type NoticeScope = 'plan' | 'library' | 'team';

/**
 * What sync did that the facilitator must see, kept until dismissed: a row another laptop deleted
 * while it was edited here (with this laptop's version and Restore), an update the gate refused, a
 * team list entry that could not be read.
 */
export function SyncNotices({ scope, workshopId = null }: { scope: NoticeScope; workshopId?: string | null }) {
  const db = getDatabase();
  const headingId = useId();
  const notices = useLiveQuery(async () => {
    const all = await db.syncNotices.orderBy('createdAt').toArray();
    if (scope === 'library') return all;
    if (scope === 'team') return all.filter((notice) => notice.workshopId === null);
    return all.filter((notice) => notice.workshopId === workshopId);
  }, [db, scope, workshopId]);
  const titles = useLiveQuery(async () => {
    if (scope !== 'library') return new Map<string, string>();
    const summaries = await db.summaries.bulkGet([...new Set((notices ?? []).flatMap((notice) => (notice.workshopId ? [notice.workshopId] : [])))]);
    return new Map(summaries.flatMap((summary) => (summary ? [[summary.id, summary.title.trim() || 'Untitled workshop'] as const] : [])));
  }, [db, scope, notices]);
  if (!notices || notices.length === 0) return null;
  return (
    <section className="sync-notices-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        From the team server
      </h2>
      <ul className="sync-notices">
        {notices.map((notice) => (
          <Notice key={notice.id} notice={notice} planTitle={notice.workshopId ? titles?.get(notice.workshopId) : undefined} />
        ))}
      </ul>
    </section>
  );
}

function Notice({ notice, planTitle }: { notice: SyncNoticeRecord; planTitle: string | undefined }) {
  const db = getDatabase();
  const messageId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [isWorking, setWorking] = useState(false);
  const kept = notice.kind === 'row-removed-elsewhere' && notice.removedRow ? keptRowWords(notice.removedRow.row) : '';

  async function run(action: 'restore' | 'dismiss') {
    setWorking(true);
    setProblem(null);
    try {
      if (action === 'dismiss') {
        await dismissNotice(db, notice.id);
        return;
      }
      // In its turn with the text being typed, as every structural edit is.
      const result = await getAutosave().exclusive(() => restoreNoticeRow(db, notice.id));
      if (!result.ok) {
        setProblem(`It could not be restored. ${result.problem}`);
        setWorking(false);
        return;
      }
      showToast({ message: result.outcome === 'restored' ? 'Restored. It syncs to the team again.' : 'It is already back in the plan.', tone: 'success' });
    } catch (error) {
      setProblem(describeStorageError(error));
      setWorking(false);
    }
  }

  return (
    <li className="sync-notice" data-notice-kind={notice.kind}>
      {planTitle !== undefined && notice.workshopId && (
        <p className="sync-notice-plan">
          In <a href={`#/workshop/${notice.workshopId}`}>{planTitle}</a>
        </p>
      )}
      <p id={messageId}>{notice.message}</p>
      {kept !== '' && (
        <p className="sync-notice-kept">
          <strong>Your version:</strong> {kept}
        </p>
      )}
      {problem && (
        <p role="alert" className="field-problem">
          {problem}
        </p>
      )}
      <div className="sync-notice-actions">
        {notice.kind === 'row-removed-elsewhere' && notice.removedRow && (
          <button type="button" className="button small" onClick={() => void run('restore')} disabled={isWorking} aria-describedby={messageId}>
            <RotateCcw aria-hidden="true" size={16} />
            Restore
          </button>
        )}
        <button type="button" className="button small ghost" onClick={() => void run('dismiss')} disabled={isWorking} aria-describedby={messageId}>
          <X aria-hidden="true" size={16} />
          Dismiss
        </button>
      </div>
    </li>
  );
}
