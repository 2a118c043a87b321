import { restoreRemovedRow, RESTORE_PROBLEMS, type RestoreOutcome } from '../../../../shared/sync/restore-removed-row';
import type { EndfirstDatabase } from '../../db/database';
import { RefusedWriteError } from '../../db/refused-write';
import { updateWorkshop } from '../../db/workshops';

export type RestoreResult = { readonly ok: true; readonly outcome: 'restored' | 'already-there' } | { readonly ok: false; readonly problem: string };

/**
 * "Restore" on a 'row-removed-elsewhere' notice: the kept row goes back into the plan as an
 * ordinary edit (through updateWorkshop's gate, into undo, and out to the team like any edit), and
 * the notice goes in the same transaction. A row already back only clears the notice; one that
 * cannot go back (or that the gate refuses) keeps it, with the reason, and changes nothing.
 */
export async function restoreNoticeRow(db: EndfirstDatabase, noticeId: string): Promise<RestoreResult> {
  return db.transaction('rw', [db.workshops, db.summaries, db.syncNotices], async (): Promise<RestoreResult> => {
    const notice = await db.syncNotices.get(noticeId);
    if (!notice) return { ok: true, outcome: 'already-there' };
    const removed = notice.removedRow;
    if (notice.workshopId === null || removed === undefined) return { ok: false, problem: 'This notice holds nothing to restore.' };
    let outcome = 'list-gone' as RestoreOutcome;
    // The notice goes first: if the edit is refused, the whole transaction aborts and it stays.
    await db.syncNotices.delete(noticeId);
    const stored = await updateWorkshop(db, notice.workshopId, (draft) => {
      outcome = restoreRemovedRow(draft, removed);
    });
    if (!stored) throw new NoticeKept('The plan is no longer on this laptop.');
    if (outcome === 'restored' || outcome === 'already-there') return { ok: true, outcome };
    throw new NoticeKept(RESTORE_PROBLEMS[outcome]);
  }).catch((error: unknown) => {
    if (error instanceof NoticeKept || error instanceof RefusedWriteError) return { ok: false, problem: error.message };
    throw error;
  });
}

/** Aborts the restore's transaction, so the notice it deleted first is kept. */
class NoticeKept extends Error {}

export async function dismissNotice(db: EndfirstDatabase, noticeId: string): Promise<void> {
  await db.syncNotices.delete(noticeId);
}
