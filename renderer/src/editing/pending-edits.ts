import { FIRST_SCHEMA_VERSION } from '../../../shared/domain/migrations';
import { pathKey, type FieldPath } from '../../../shared/editing/field-path';
import type { EndfirstDatabase } from '../db/database';
import { RefusedWriteError } from '../db/refused-write';
import { commitField } from '../db/workshops';
import { describeStorageError } from './storage-errors';
import type { Journal } from './journal';
import { saveStatus } from './save-status';

/** From the last keystroke to the IndexedDB commit; kept under 250 ms so another window (or the journal replay) rarely sees stale text. */
export const COMMIT_DELAY_MS = 200;

interface PendingEdit {
  readonly workshopId: string;
  readonly path: FieldPath;
  readonly value: unknown;
  readonly at: number;
  readonly timer: ReturnType<typeof setTimeout>;
}

/**
 * Text edits between keystroke and commit. One entry per field: a newer keystroke replaces the
 * older value and restarts the debounce. `flushAll` commits everything now (blur, tab hidden,
 * page hide, Ctrl/Cmd+S, window closing).
 *
 * Every commit, and every structural edit run through `exclusive`, takes its turn in one queue, in
 * the order it was asked for. A field can only write to a row that exists (setAtPath never creates
 * one), so a row made when its field takes focus must be stored before that field's first commit:
 * without the queue a fast fill-and-blur could commit first, find no row, and drop the text.
 */
export function createPendingEdits(db: EndfirstDatabase, journal: Journal) {
  const pending = new Map<string, PendingEdit>();
  const inFlight = new Set<Promise<void>>();
  const keyOf = (workshopId: string, path: FieldPath) => `${workshopId}:${pathKey(path)}`;
  const report = () => saveStatus.setPending(pending.size);
  let queue: Promise<unknown> = Promise.resolve();

  function inTurn<T>(task: () => Promise<T>): Promise<T> {
    const turn = queue.then(task);
    queue = turn.catch(() => undefined);
    return turn;
  }

  // Takes the field's value when its turn comes, so a keystroke typed while it waited is included.
  const commit = (key: string): Promise<void> => inTurn(() => commitNow(key));

  async function commitNow(key: string): Promise<void> {
    const edit = pending.get(key);
    if (!edit) return;
    clearTimeout(edit.timer);
    pending.delete(key);
    report();
    try {
      await commitField(db, edit.workshopId, edit.path, edit.value);
      journal.settle(key, edit.at);
      saveStatus.saved();
    } catch (error) {
      // The journal still holds the text, so it is replayed on the next start: nothing is lost.
      saveStatus.failed(describeStorageError(error));
    }
  }

  function track(promise: Promise<void>): Promise<void> {
    inFlight.add(promise);
    return promise.finally(() => inFlight.delete(promise));
  }

  return {
    schedule(workshopId: string, path: FieldPath, value: unknown): void {
      const key = keyOf(workshopId, path);
      const at = Date.now();
      journal.record(key, { workshopId, path, value, at, schemaVersion: db.versioning.targetVersion });
      const previous = pending.get(key);
      if (previous) clearTimeout(previous.timer);
      const timer = setTimeout(() => void track(commit(key)), COMMIT_DELAY_MS);
      pending.set(key, { workshopId, path, value, at, timer });
      report();
    },
    /** Commits one field now (on blur). */
    flush(workshopId: string, path: FieldPath): Promise<void> {
      return track(commit(keyOf(workshopId, path)));
    },
    hasPending(workshopId: string, path: FieldPath): boolean {
      return pending.has(keyOf(workshopId, path));
    },
    /** What is waiting to be committed for this field, if anything: newer than the stored value. */
    pendingValue(workshopId: string, path: FieldPath): { readonly value: unknown } | undefined {
      const edit = pending.get(keyOf(workshopId, path));
      return edit && { value: edit.value };
    },
    /** Resolves when every edit typed so far is committed (or has failed and stays journalled). */
    async flushAll(): Promise<void> {
      await Promise.all([...pending.keys()].map((key) => track(commit(key))));
      await Promise.all([...inFlight]);
    },
    /**
     * Runs a structural edit in its turn: after every commit asked for before it, with the text
     * still pending at that moment committed first, and before any commit asked for later.
     */
    exclusive<T>(write: () => Promise<T>): Promise<T> {
      // The fields pending now, not when the turn comes: text typed after the edit was asked for
      // (into the row it makes, say) must wait until it has run.
      const typedBefore = [...pending.keys()];
      return inTurn(async () => {
        for (const key of typedBefore) await commitNow(key);
        return write();
      });
    },
  };
}

export type PendingEdits = ReturnType<typeof createPendingEdits>;

/**
 * Replays edits that never reached IndexedDB (the app was closed or crashed within the debounce).
 * Runs once at start-up, before any workshop is shown. Each edit is written at the path its field
 * has now, even if it was typed before a schema upgrade. One that cannot be stored (the gate
 * refuses it) stays in the journal, so it is never lost, and does not hold up the others; a
 * storage failure still stops the replay and is reported as before.
 */
export async function replayJournal(db: EndfirstDatabase, journal: Journal): Promise<number> {
  const entries = journal.entries().sort(([, a], [, b]) => a.at - b.at);
  for (const [key, entry] of entries) {
    const typedAtVersion = entry.schemaVersion ?? FIRST_SCHEMA_VERSION;
    try {
      await commitField(db, entry.workshopId, entry.path, entry.value, { isUndoable: false, typedAtVersion });
      journal.settle(key, entry.at);
    } catch (error) {
      if (!(error instanceof RefusedWriteError)) throw error;
      saveStatus.failed(describeStorageError(error));
    }
  }
  return entries.length;
}
