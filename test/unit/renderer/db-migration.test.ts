import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import v1Fixture from '../../fixtures/db/v1.json';
import { EndfirstDatabase } from '../../../renderer/src/db/database';
import { DATABASE_VERSION, MIGRATIONS } from '../../../renderer/src/db/migrations';
import { toSummaryRecord } from '../../../renderer/src/db/write';
import { CURRENT_SCHEMA_VERSION, WorkshopSchema } from '../../../shared/domain/workshop';
import { asWrittenAtVersion1 } from '../shared/domain/as-written-at-version-1';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const opened: Dexie[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

type StoreName = keyof typeof v1Fixture.records;
const STORE_NAMES = Object.keys(v1Fixture.records) as StoreName[];

/** Writes the frozen v1 fixture the way Endfirst 0.1 did: a database declared at version 1 only. */
async function createVersion1Database(indexedDB: IDBFactory): Promise<void> {
  const legacy = new Dexie('endfirst', { indexedDB, IDBKeyRange });
  legacy.version(v1Fixture.databaseVersion).stores(v1Fixture.stores);
  opened.push(legacy);
  await legacy.transaction('rw', STORE_NAMES, async () => {
    for (const name of STORE_NAMES) await legacy.table(name).bulkPut(v1Fixture.records[name]);
  });
  legacy.close();
}

describe('database migrations', () => {
  it('declares versions in increasing order, ending at the version the app opens', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(DATABASE_VERSION).toBe(versions.at(-1));
  });

  it('opens a version 1 database at the current version with every record and field intact', async () => {
    const indexedDB = new IDBFactory();
    await createVersion1Database(indexedDB);

    const db = new EndfirstDatabase('endfirst', { indexedDB, IDBKeyRange });
    opened.push(db);
    await db.open();

    expect(db.verno).toBe(DATABASE_VERSION);
    // Snapshots keep the version they were written with (upgraded only when restored); settings
    // are not workshop records.
    for (const name of ['versions', 'settings'] as const) {
      const key = name === 'settings' ? 'key' : 'id';
      expect(await db.table(name).orderBy(key).toArray(), name).toEqual(v1Fixture.records[name]);
    }
    // Record versions 2 and later only add: week-plan row ids (2), the AI fields and standards (3).
    const workshops = await db.workshops.orderBy('id').toArray();
    expect(workshops).toHaveLength(v1Fixture.records.workshops.length);
    workshops.forEach((stored, index) => {
      const original = v1Fixture.records.workshops[index]!;
      expect(WorkshopSchema.safeParse(stored).success).toBe(true);
      const ids = stored.transition.weekPlan.map((row) => row.id);
      expect(ids.every((id) => UUID.test(id))).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
      expect(asWrittenAtVersion1(stored)).toEqual({ ...original, schemaVersion: 1 });
      const added = stored.standards.filter((standard) => !original.standards.some((o) => o.key === standard.key));
      expect(added.map((standard) => [standard.key, standard.status])).toEqual([
        ['evaluation-quality-gate', 'not-discussed'],
        ['human-oversight', 'not-discussed'],
        ['ai-risk-assessment', 'not-discussed'],
      ]);
    });
    const summaries = await db.summaries.orderBy('id').toArray();
    // The library rows are rewritten from the upgraded records (the added standards lower the
    // completion, rows now carry the plan's phase, Planning for every older plan, and the due days of
    // open actions); everything else in them is as it was.
    expect(summaries).toEqual(workshops.map(toSummaryRecord));
    expect(summaries.map(({ completionPercent: _c, openActionDues: _d, ...row }) => row)).toEqual(
      v1Fixture.records.summaries.map(({ completionPercent: _c, ...row }) => ({ ...row, schemaVersion: CURRENT_SCHEMA_VERSION, phase: 'planning' })),
    );
  });
});
