import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import type { EndfirstDatabase } from '../../../renderer/src/db/database';
import { DATABASE_NAME } from '../../../renderer/src/db/database-name';
import { saveWorkshop } from '../../../renderer/src/db/write';
import { readFirstRows } from '../../../renderer/src/features/library/first-paint/read-first-rows';
import { sortSummaries } from '../../../renderer/src/features/library/library-filter';
import { loadLibrary } from '../../../renderer/src/features/library/library-queries';
import { generateWorkshop } from '../../fixtures/generated/library';
import { seededRandom } from '../../fixtures/generated/random';
import { dump, freshDatabase } from './db-helpers';

let db: EndfirstDatabase | undefined;
afterEach(() => db?.close());

/** `count` workshops edited one minute apart; the ones at `trashed` indexes are in Trash. */
async function libraryWith(count: number, trashed: readonly number[] = []) {
  const fresh = freshDatabase(DATABASE_NAME);
  db = fresh.db;
  const random = seededRandom(11);
  for (let index = 0; index < count; index += 1) {
    const workshop = generateWorkshop(random, index);
    const updatedAt = new Date(Date.UTC(2026, 10, 1, 9, index)).toISOString();
    await saveWorkshop(db, { ...workshop, updatedAt, deletedAt: trashed.includes(index) ? updatedAt : null });
  }
  return fresh.indexedDB;
}

describe('readFirstRows: the newest workshops, straight from IndexedDB', () => {
  it.each([
    { name: 'a long library: the newest 20, as the library sorts them', count: 30, trashed: [29, 27, 3], limit: 20, rows: 20, total: 27, inTrash: 3 },
    { name: 'a short library: all of it', count: 4, trashed: [], limit: 20, rows: 4, total: 4, inTrash: 0 },
    { name: 'everything in Trash: no rows, and Trash counted', count: 3, trashed: [0, 1, 2], limit: 20, rows: 0, total: 0, inTrash: 3 },
  ])('$name', async ({ count, trashed, limit, rows, total, inTrash }) => {
    const factory = await libraryWith(count, trashed);
    const read = await readFirstRows(limit, factory);
    const library = await loadLibrary(db!);
    if (!library.ok) throw new Error('the library did not load');
    expect(read).toEqual({ rows: sortSummaries(library.summaries, 'edited').slice(0, rows), total, trashed: inTrash });
  });

  it('changes nothing stored, and lets the app open the database afterwards', async () => {
    const factory = await libraryWith(5);
    const before = await dump(db!);
    db!.close();
    await readFirstRows(20, factory);
    await db!.open();
    expect(await dump(db!)).toBe(before);
  });

  it('never creates the database when there is none yet', async () => {
    const factory = new IDBFactory();
    expect(await readFirstRows(20, factory)).toBeNull();
    expect(await factory.databases()).toEqual([]);
  });

  it('is null when the database has no summaries store (another schema)', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const request = factory.open(DATABASE_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('other');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    expect(await readFirstRows(20, factory)).toBeNull();
  });
});
