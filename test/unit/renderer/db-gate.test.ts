import type { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeEndfirstFile } from '../../../shared/domain/file-format';
import type { Workshop } from '../../../shared/domain/workshop';
import { SAMPLE_WORKSHOP } from '../../../shared/method/sample-workshop';
import { restoreFromBackupFile } from '../../../renderer/src/db/backup-restore';
import type { EndfirstDatabase } from '../../../renderer/src/db/database';
import { NOT_UPGRADED_KEY } from '../../../renderer/src/db/migrations/upgrade-workshop-rows';
import { RefusedWriteError } from '../../../renderer/src/db/refused-write';
import { listVersions, restoreVersion, saveVersion } from '../../../renderer/src/db/versions';
import { commitField } from '../../../renderer/src/db/workshops';
import { saveWorkshop } from '../../../renderer/src/db/write';
import { createJournal } from '../../../renderer/src/editing/journal';
import { replayJournal } from '../../../renderer/src/editing/pending-edits';
import { dump, freshDatabase, reopenDatabase } from './db-helpers';
import { asVersion2, NEXT_SCHEMA_VERSION, V2_SETUP } from './made-up-v2';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/domain/workshop';

const opened: EndfirstDatabase[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

const V1 = SAMPLE_WORKSHOP;
const SOMEONE = V1.participants[0]!;

/** A library written by today's Endfirst (today's record version): the sample workshop and one snapshot of it. */
async function version1Library(): Promise<{ indexedDB: IDBFactory; versionId: string }> {
  const { db, indexedDB } = freshDatabase();
  await saveWorkshop(db, V1);
  const version = await saveVersion(db, V1.id, 'manual', 'Written at version 1');
  db.close();
  return { indexedDB, versionId: version!.id };
}

/** The same library opened by the Endfirst that ships the made-up version 2. */
async function openAtVersion2(indexedDB: IDBFactory): Promise<EndfirstDatabase> {
  const db = reopenDatabase(indexedDB, V2_SETUP);
  opened.push(db);
  await db.open();
  return db;
}

const withoutNotes = ({ notes: _, ...rest }: Workshop['pilot']['data']) => rest;

/** localStorage for Node: the journal only needs these calls. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('the gate, with a made-up next record version', () => {
  it('upgrades every stored workshop when the database version carrying the step opens', async () => {
    const { indexedDB } = await version1Library();
    const db = await openAtVersion2(indexedDB);

    expect(await db.workshops.get(V1.id)).toEqual(asVersion2(V1));
    expect((await db.summaries.get(V1.id))?.schemaVersion).toBe(NEXT_SCHEMA_VERSION);
  });

  it('leaves version snapshots as they were written, with their own version', async () => {
    const { indexedDB } = await version1Library();
    const db = await openAtVersion2(indexedDB);

    const [snapshot] = await listVersions(db, V1.id);
    expect(snapshot?.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(snapshot?.workshop).toEqual(V1);
  });

  it('keeps a row the upgrade cannot admit exactly as it was, reports it, and still opens the library', async () => {
    const { db: old, indexedDB } = freshDatabase();
    await saveWorkshop(old, V1);
    // Written past the gate on purpose: a row damaged on disk, or by a bug in an older release.
    const damaged = { ...V1, id: '0b6f8f7e-6f0b-4c43-9d1e-2f3a4b5c6d7e', endState: { ...V1.endState, volumePerDay: -5 } };
    await old.workshops.put(damaged);
    old.close();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const db = await openAtVersion2(indexedDB);
    expect(warn).toHaveBeenCalledOnce();

    expect(await db.workshops.get(V1.id)).toEqual(asVersion2(V1));
    expect(JSON.stringify(await db.workshops.get(damaged.id))).toBe(JSON.stringify(damaged));
    const report = await db.settings.get(NOT_UPGRADED_KEY);
    expect(report?.value).toEqual([{ workshopId: damaged.id, schemaVersion: CURRENT_SCHEMA_VERSION, problem: expect.stringContaining('endState.volumePerDay') }]);

    // An edit to it goes through the gate first (the title itself is fine), and is refused rather
    // than stored at the old version in a library that is now at the next version.
    const before = await dump(db);
    await expect(commitField(db, damaged.id, ['meta', 'title'], 'Renamed')).rejects.toThrow(RefusedWriteError);
    expect(await dump(db)).toBe(before);
  });

  it('restores a snapshot of today\'s version as the next version with every field', async () => {
    const { indexedDB, versionId } = await version1Library();
    const db = await openAtVersion2(indexedDB);
    await commitField(db, V1.id, ['meta', 'title'], 'Changed after the upgrade');

    const restored = await restoreVersion(db, versionId);

    const expected = { ...asVersion2(V1), updatedAt: expect.any(String) };
    expect(restored).toEqual(expected);
    expect(await db.workshops.get(V1.id)).toEqual(expected);
    const [beforeRestore] = await listVersions(db, V1.id);
    expect(beforeRestore).toMatchObject({ reason: 'before-restore', schemaVersion: NEXT_SCHEMA_VERSION });
  });

  it('replays journal entries typed against older versions, at the fields’ new paths', async () => {
    const { indexedDB } = await version1Library();
    const db = await openAtVersion2(indexedDB);
    const journal = createJournal(memoryStorage());
    journal.record('a', { workshopId: V1.id, path: ['pilot', 'data', 'notes'], value: 'Typed before the upgrade', at: 1, schemaVersion: CURRENT_SCHEMA_VERSION });
    // Entries written before the journal recorded versions carry none: they were typed at version 1.
    journal.record('b', { workshopId: V1.id, path: ['participants', { id: SOMEONE.id }, 'name'], value: 'Ana Ruiz', at: 2 });

    await replayJournal(db, journal);

    const stored = await db.workshops.get(V1.id);
    expect(stored).toEqual({
      ...asVersion2(V1),
      updatedAt: expect.any(String),
      pilot: { ...V1.pilot, data: { ...withoutNotes(V1.pilot.data), dataNotes: 'Typed before the upgrade' } },
      participants: V1.participants.map((p) => (p.id === SOMEONE.id ? { ...p, name: 'Ana Ruiz' } : p)),
    });
    expect(journal.entries()).toEqual([]);
  });

  it('keeps a journal entry the gate refuses, and replays the others', async () => {
    const { indexedDB } = await version1Library();
    const db = await openAtVersion2(indexedDB);
    const journal = createJournal(memoryStorage());
    journal.record('bad', { workshopId: V1.id, path: ['meta', 'title'], value: 'x'.repeat(201), at: 1, schemaVersion: NEXT_SCHEMA_VERSION });
    journal.record('good', { workshopId: V1.id, path: ['meta', 'organisation'], value: 'Northwind', at: 2, schemaVersion: NEXT_SCHEMA_VERSION });

    await replayJournal(db, journal);

    expect((await db.workshops.get(V1.id))?.meta).toMatchObject({ title: V1.meta.title, organisation: 'Northwind' });
    expect(journal.entries().map(([key]) => key)).toEqual(['bad']);
  });

  it('restores a backup of today\'s version through the path the Restore-from-backup dialog uses', async () => {
    const { indexedDB } = await version1Library();
    const db = await openAtVersion2(indexedDB);
    await commitField(db, V1.id, ['meta', 'title'], 'Changed after the upgrade');
    const backup = serializeEndfirstFile([V1], '2026-11-26T14:02:00.000Z');

    const result = await restoreFromBackupFile(db, backup);

    expect(result.ok).toBe(true);
    expect(await db.workshops.get(V1.id)).toEqual(asVersion2(V1));
    const [beforeImport] = await listVersions(db, V1.id);
    expect(beforeImport).toMatchObject({ reason: 'before-import', schemaVersion: NEXT_SCHEMA_VERSION });
  });

  it('refuses a backup the gate refuses and changes nothing', async () => {
    const { indexedDB } = await version1Library();
    const db = await openAtVersion2(indexedDB);
    const before = await dump(db);
    const damaged: Workshop = { ...V1, meta: { ...V1.meta, title: 'x'.repeat(201) } };

    const result = await restoreFromBackupFile(db, serializeEndfirstFile([damaged], '2026-11-26T14:02:00.000Z'));

    expect(result).toMatchObject({ ok: false, problem: { path: 'workshop.meta.title' } });
    expect(await dump(db)).toBe(before);
  });
});
