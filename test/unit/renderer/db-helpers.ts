import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { EndfirstDatabase, type DatabaseSetup } from '../../../renderer/src/db/database';

/** A fresh, isolated database per test: its own fake IndexedDB, so tests never share state. */
export function freshDatabase(name = 'endfirst-test', setup: DatabaseSetup = {}): { db: EndfirstDatabase; indexedDB: IDBFactory } {
  const indexedDB = new IDBFactory();
  return { db: new EndfirstDatabase(name, { indexedDB, IDBKeyRange }, setup), indexedDB };
}

/** The same stored data opened again, as a later Endfirst (another setup) would open it. */
export function reopenDatabase(indexedDB: IDBFactory, setup: DatabaseSetup = {}, name = 'endfirst-test'): EndfirstDatabase {
  return new EndfirstDatabase(name, { indexedDB, IDBKeyRange }, setup);
}

/** Everything stored, in a stable order: "nothing changed" means this is byte-identical. */
export async function dump(db: EndfirstDatabase): Promise<string> {
  const [workshops, summaries, versions, settings, sharedPlans, teamPlans, syncNotices] = await Promise.all([
    db.workshops.orderBy('id').toArray(),
    db.summaries.orderBy('id').toArray(),
    db.versions.orderBy('id').toArray(),
    db.settings.orderBy('key').toArray(),
    db.sharedPlans.orderBy('workshopId').toArray(),
    db.teamPlans.orderBy('workshopId').toArray(),
    db.syncNotices.orderBy('id').toArray(),
  ]);
  return JSON.stringify({ workshops, summaries, versions, settings, sharedPlans, teamPlans, syncNotices });
}
