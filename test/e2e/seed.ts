import type { Page } from '@playwright/test';
import { createWorkshop } from '../../shared/domain/create-workshop';
import { summarize } from '../../shared/domain/summary';
import type { Workshop } from '../../shared/domain/workshop';

let counter = 0;
/** Deterministic UUIDs for test data, distinct per call. */
export function testId(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

export function testWorkshop(title: string, overrides: Partial<Workshop['meta']> = {}): Workshop {
  const workshop = createWorkshop({ id: testId(), now: '2026-11-26T09:00:00.000Z', template: 'full', title, newId: testId });
  return { ...workshop, meta: { ...workshop.meta, ...overrides } };
}

/**
 * Writes workshops straight into the app's IndexedDB, the way the app stores them (record plus
 * library row), so a test can start from a given library without a test-only path in the app.
 * The app must have opened the database once (openApp) so the schema exists.
 */
export async function seedWorkshops(page: Page, workshops: readonly Workshop[]): Promise<void> {
  const rows = workshops.map((workshop) => ({ workshop, summary: { ...summarize(workshop), schemaVersion: workshop.schemaVersion } }));
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('endfirst');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['workshops', 'summaries'], 'readwrite');
      for (const { workshop, summary } of records) {
        tx.objectStore('workshops').put(workshop);
        tx.objectStore('summaries').put(summary);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
}

/** Reads one stored workshop back with the raw IndexedDB API: what is on disk, not what React shows. */
export async function storedWorkshop(page: Page, id: string): Promise<Workshop | undefined> {
  return page.evaluate(async (workshopId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('endfirst');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const record = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction('workshops').objectStore('workshops').get(workshopId);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return record as Workshop | undefined;
  }, id);
}
