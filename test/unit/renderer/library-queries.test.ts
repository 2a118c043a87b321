import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseEndfirstFile } from '../../../shared/domain/file-format';
import { SAMPLE_WORKSHOP } from '../../../shared/method/sample-workshop';
import type { EndfirstDatabase } from '../../../renderer/src/db/database';
import { saveVersion } from '../../../renderer/src/db/versions';
import { createNewWorkshop, moveToTrash } from '../../../renderer/src/db/workshops';
import {
  addSampleWorkshop,
  emptyTrash,
  exportAll,
  exportOne,
  loadLibrary,
  trashSummaries,
} from '../../../renderer/src/features/library/library-queries';
import { freshDatabase } from './db-helpers';

let db: EndfirstDatabase;
afterEach(() => {
  db?.close();
  vi.useRealTimers();
});

/** Only Date is faked: fake-indexeddb keeps its own timers, and every timestamp the app writes is exact. */
const NOW = Date.parse('2026-11-26T09:30:00.000Z');
const holdTheClock = () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
};

async function libraryOf(...titles: string[]) {
  ({ db } = freshDatabase());
  const made = [];
  for (const title of titles) made.push(await createNewWorkshop(db, { template: 'full', title }));
  return made;
}

describe('the library queries', () => {
  it('lists the library and counts Trash from one read', async () => {
    const [a, b, c] = await libraryOf('A', 'B', 'C');
    await moveToTrash(db, b!.id);
    const load = await loadLibrary(db);
    expect(load.ok && load.summaries.map((s) => s.id).sort()).toEqual([a!.id, c!.id].sort());
    expect(load.ok && load.trashCount).toBe(1);
  });

  it('returns a failure as a value when the database cannot be read', async () => {
    await libraryOf();
    db.close();
    const load = await loadLibrary(db);
    expect(load.ok).toBe(false);
    expect(!load.ok && load.problem).toMatch(/closed/i);
  });

  it('lists Trash most recently deleted first', async () => {
    holdTheClock();
    const [a, b] = await libraryOf('A', 'B', 'C');
    await moveToTrash(db, a!.id);
    vi.setSystemTime(NOW + 60_000);
    await moveToTrash(db, b!.id);
    const trash = await trashSummaries(db);
    expect(trash.ok && trash.summaries.map((s) => s.title)).toEqual(['B', 'A']);
  });

  it('empties Trash with the versions of what it deletes, in one go, and keeps the rest', async () => {
    const [a, b, c] = await libraryOf('A', 'B', 'C');
    await saveVersion(db, a!.id, 'manual');
    await saveVersion(db, c!.id, 'manual');
    await moveToTrash(db, a!.id);
    await moveToTrash(db, b!.id);
    expect(await emptyTrash(db)).toBe(2);
    expect((await db.workshops.toArray()).map((w) => w.id)).toEqual([c!.id]);
    expect((await db.summaries.toArray()).map((s) => s.id)).toEqual([c!.id]);
    expect((await db.versions.toArray()).map((v) => v.workshopId)).toEqual([c!.id]);
  });

  it('exports one workshop as a single file, named by date and title', async () => {
    const [a] = await libraryOf('Invoice triage');
    const file = await exportOne(db, a!.id);
    expect(file?.fileName).toBe(`${a!.meta.date} Invoice triage.endfirst`);
    const parsed = parseEndfirstFile(file?.text ?? '');
    expect(parsed.ok && parsed.kind === 'single' && parsed.workshops[0]).toEqual(a);
    expect(await exportOne(db, 'gone')).toBeUndefined();
  });

  it('exports all workshops not in Trash as one bundle', async () => {
    const [a, b, c] = await libraryOf('A', 'B', 'C');
    await moveToTrash(db, b!.id);
    const file = await exportAll(db);
    expect(file?.count).toBe(2);
    expect(file?.fileName).toMatch(/^\d{4}-\d{2}-\d{2} All workshops \(2\)\.endfirst$/);
    const parsed = parseEndfirstFile(file?.text ?? '');
    expect(parsed.ok && parsed.kind).toBe('bundle');
    expect(parsed.ok && parsed.workshops.map((w) => w.id).sort()).toEqual([a!.id, c!.id].sort());
  });

  it('has nothing to export from an empty library', async () => {
    await libraryOf();
    expect(await exportAll(db)).toBeUndefined();
  });

  it('adds the sample with fresh ids each time, dated now', async () => {
    holdTheClock();
    await libraryOf();
    const first = await addSampleWorkshop(db, SAMPLE_WORKSHOP);
    const second = await addSampleWorkshop(db, SAMPLE_WORKSHOP);
    expect(new Set([first.id, second.id, SAMPLE_WORKSHOP.id]).size).toBe(3);
    expect(first.participants[0]?.id).not.toBe(SAMPLE_WORKSHOP.participants[0]?.id);
    expect(first.meta).toEqual(SAMPLE_WORKSHOP.meta);
    expect([first.createdAt, first.updatedAt]).toEqual([new Date(NOW).toISOString(), new Date(NOW).toISOString()]);
    const load = await loadLibrary(db);
    expect(load.ok && load.summaries).toHaveLength(2);
  });
});
