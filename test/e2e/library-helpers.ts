import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { createWorkshop } from '../../shared/domain/create-workshop';
import { serializeEndfirstFile } from '../../shared/domain/file-format';
import type { Workshop } from '../../shared/domain/workshop';
import { SAMPLE_WORKSHOP } from '../../shared/method/sample-workshop';
import { toSummaryRecord } from '../../renderer/src/db/write';
import { expect } from './fixtures';

/** Waits until the library has read the database: either the list or the empty state is shown. */
export async function waitForLibrary(page: Page) {
  await expect(page.getByRole('list', { name: 'Workshops' }).or(page.getByRole('heading', { name: 'Start from the end' }))).toBeVisible();
}

/** A valid workshop as the app would make it, with a few fields set for search and sort. */
export function makeWorkshop(input: {
  title: string;
  organisation?: string;
  facilitator?: string;
  date?: string;
  updatedAt?: string;
}): Workshop {
  const now = input.updatedAt ?? new Date().toISOString();
  const workshop = createWorkshop({
    id: randomUUID(),
    now,
    template: 'full',
    title: input.title,
    newId: randomUUID,
    date: input.date ?? now.slice(0, 10),
    ...(input.facilitator === undefined ? {} : { facilitator: input.facilitator }),
  });
  return { ...workshop, meta: { ...workshop.meta, organisation: input.organisation ?? '' } };
}

export const endfirstFile = (workshops: readonly Workshop[]) => serializeEndfirstFile(workshops, new Date().toISOString());

export const sampleFile = () => endfirstFile([SAMPLE_WORKSHOP]);

/**
 * Writes workshops straight into the app's IndexedDB, in the app's own record shape (the
 * workshop, and its library row made by the app's toSummaryRecord). Open the app first so the
 * database exists at its current version, then reload to see them.
 */
export async function seedWorkshops(page: Page, workshops: readonly Workshop[]) {
  const records = workshops.map((workshop) => ({ workshop, summary: toSummaryRecord(workshop) }));
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('endfirst');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(['workshops', 'summaries'], 'readwrite');
      for (const row of rows) {
        transaction.objectStore('workshops').put(row.workshop);
        transaction.objectStore('summaries').put(row.summary);
      }
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  }, records);
}

/** Every object store of the app's database, in key order, as one string: "nothing changed" means equal. */
export function dumpDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('endfirst');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = Array.from(db.objectStoreNames).sort();
    const transaction = db.transaction(names, 'readonly');
    const stores = await Promise.all(
      names.map(
        (name) =>
          new Promise<[string, unknown[], IDBValidKey[]]>((resolve, reject) => {
            const store = transaction.objectStore(name);
            const values = store.getAll();
            const keys = store.getAllKeys();
            keys.onsuccess = () => resolve([name, values.result as unknown[], keys.result]);
            keys.onerror = () => reject(keys.error);
          }),
      ),
    );
    db.close();
    return JSON.stringify(stores);
  });
}

/** The stored workshops (not summaries), for checks on what an import wrote. */
export function storedWorkshops(page: Page): Promise<Workshop[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('endfirst');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<Workshop[]>((resolve, reject) => {
      const request = db.transaction('workshops').objectStore('workshops').getAll();
      request.onsuccess = () => resolve(request.result as Workshop[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all;
  });
}

/** Presses Tab until `isTarget` says the focused element is the one wanted; fails after `max` presses. */
export async function tabUntil(page: Page, isTarget: () => Promise<boolean>, { max = 60, backwards = false } = {}) {
  for (let presses = 0; presses < max; presses++) {
    if (await isTarget()) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Focus did not reach the target after ${max} presses of Tab`);
}
