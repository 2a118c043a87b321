import type { WorkshopSummary } from '../../../../../shared/domain/summary';
import { DATABASE_NAME } from '../../../db/database-name';
import { sortSummaries } from '../library-filter';

/** What the library's first paint shows: the newest rows, and the counts its toolbar states. */
export interface FirstRows {
  readonly rows: readonly WorkshopSummary[];
  /** Workshops in the library (not in Trash). */
  readonly total: number;
  readonly trashed: number;
}

const SUMMARIES = 'summaries';

/**
 * Reads the `limit` most recently edited workshops straight from IndexedDB, without Dexie, so the
 * library can paint before the app's code has loaded. Read-only by construction: a database that
 * does not exist yet is not created (the open is aborted), the connection is closed as soon as the
 * read is done (and at once if the app asks to upgrade), and any surprise resolves to null, which
 * means "no first paint": the app then starts as it always did and reports problems itself.
 */
export function readFirstRows(limit: number, factory: IDBFactory = indexedDB): Promise<FirstRows | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DATABASE_NAME);
    } catch {
      resolve(null);
      return;
    }
    // Only fires when there is no database yet: abort, so this read never creates one.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      resolve(readRows(db, limit).finally(() => db.close()));
    };
  });
}

function readRows(db: IDBDatabase, limit: number): Promise<FirstRows | null> {
  return new Promise<FirstRows | null>((resolve) => {
    const transaction = db.transaction(SUMMARIES, 'readonly');
    const store = transaction.objectStore(SUMMARIES);
    const all = store.count();
    // IndexedDB does not index null: the deletedAt index holds exactly the workshops in Trash.
    const trashed = store.index('deletedAt').count();
    const rows: WorkshopSummary[] = [];
    const cursor = store.index('updatedAt').openCursor(null, 'prev');
    cursor.onsuccess = () => {
      const current = cursor.result;
      if (!current) return;
      const summary = current.value as WorkshopSummary;
      if (summary.deletedAt === null) rows.push(summary);
      if (rows.length < limit) current.continue();
    };
    transaction.oncomplete = () =>
      resolve({ rows: sortSummaries(rows, 'edited'), total: all.result - trashed.result, trashed: trashed.result });
    transaction.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    transaction.onabort = () => resolve(null);
  }).catch(() => null); // no summaries store, or no updatedAt index: a schema this code does not know
}
