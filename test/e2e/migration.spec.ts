import v1Fixture from '../fixtures/db/v1.json' with { type: 'json' };
import { expect, test } from './fixtures';
import { storedWorkshop } from './seed';
import { CURRENT_SCHEMA_VERSION } from '../../shared/domain/workshop';
import { asWrittenAtVersion1 } from '../unit/shared/domain/as-written-at-version-1';

/**
 * The same frozen v1 fixture as the unit test, but in real Chromium IndexedDB: the database is
 * created with the raw API exactly as Dexie 4 lays out schema version 1 (native version 10),
 * before the app ever runs, then the app opens it.
 */
test('a database written by schema version 1 opens in this version with every field intact', async ({
  page,
  problems,
}) => {
  await page.goto('./favicon.svg');
  await page.evaluate(async (fixture) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('endfirst', fixture.databaseVersion * 10);
      request.onupgradeneeded = () => {
        const idb = request.result;
        idb.createObjectStore('workshops', { keyPath: 'id' });
        const summaries = idb.createObjectStore('summaries', { keyPath: 'id' });
        summaries.createIndex('updatedAt', 'updatedAt');
        summaries.createIndex('deletedAt', 'deletedAt');
        const versions = idb.createObjectStore('versions', { keyPath: 'id' });
        versions.createIndex('workshopId', 'workshopId');
        versions.createIndex('[workshopId+createdAt]', ['workshopId', 'createdAt']);
        idb.createObjectStore('settings', { keyPath: 'key' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const names = Object.keys(fixture.records) as (keyof typeof fixture.records)[];
      const tx = db.transaction(names, 'readwrite');
      for (const name of names) for (const record of fixture.records[name]) tx.objectStore(name).put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, v1Fixture);

  const [sample] = v1Fixture.records.workshops;
  if (!sample) throw new Error('the v1 fixture has no workshop');
  // Reopens at the stage the room was on; opening snapshots a version but never rewrites the workshop.
  await page.goto(`./#/workshop/${sample.id}`);
  await expect(page.getByRole('main', { name: new RegExp(`— ${sample.meta.title}$`) })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/${sample.meta.currentStage}$`));
  // Upgraded to the current record version on opening: with what each step adds taken out, every
  // field is as it was written.
  const stored = await storedWorkshop(page, sample.id);
  if (!stored) throw new Error('the upgraded workshop is not stored');
  expect(stored.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  expect(stored.transition.weekPlan.every((row) => /^[0-9a-f-]{36}$/.test(row.id))).toBe(true);
  expect(asWrittenAtVersion1(stored)).toEqual({ ...sample, schemaVersion: 1 });

  await page.goto(`./#/workshop/${sample.id}/setup`);
  await expect(page.getByLabel('Organisation')).toHaveValue(sample.meta.organisation);
  await expect(page.getByLabel('The AI capability, in one sentence')).toHaveValue(sample.meta.capability);
  expect(problems.pageErrors).toEqual([]);
});
