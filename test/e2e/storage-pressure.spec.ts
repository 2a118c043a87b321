import type { Page } from '@playwright/test';
import { parseEndfirstFile } from '../../shared/domain/file-format';
import { WorkshopSchema, type Workshop } from '../../shared/domain/workshop';
import { SAMPLE_WORKSHOP } from '../../shared/method/sample-workshop';
import { bridgeCalls, installFakeDesktopBridge } from './fake-desktop-bridge';
import { expect, openApp, test } from './fixtures';
import { seedWorkshops, testWorkshop } from './seed';

/**
 * IndexedDB's quota nearly used up, for real: Chromium is told (through the DevTools protocol)
 * that this origin may store only a little more than it holds, and a filler database takes what
 * is left. Then the facilitator goes on working. Nothing stored may be damaged, the banner must
 * say what is wrong, and both ways out, Export all and the backup files, must still work.
 */
const QUOTA_BYTES = 4 * 1024 * 1024;

async function everyStoredWorkshop(page: Page): Promise<Workshop[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('endfirst');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('workshops').objectStore('workshops').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows as Workshop[];
  });
}

/**
 * Fills what is left of the quota in a database of its own: 256 KB chunks until one is refused,
 * then smaller and smaller ones, so that less than 1 KB is left. Returns the bytes written and
 * the name of the last refusal.
 */
async function fillTheQuota(page: Page): Promise<{ bytes: number; refusal: string }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('filler', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('chunks', { autoIncrement: true });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // Random text so that no layer can compress it away.
    const randomText = (length: number) => Array.from({ length }, () => String.fromCharCode(33 + Math.floor(Math.random() * 90))).join('');
    const add = (chunk: string) =>
      new Promise<string | null>((resolve) => {
        const tx = db.transaction('chunks', 'readwrite');
        tx.objectStore('chunks').add(chunk);
        tx.oncomplete = () => resolve(null);
        tx.onabort = () => resolve(tx.error?.name ?? 'aborted');
      });
    let bytes = 0;
    let refusal = 'never refused';
    for (const size of [256 * 1024, 64 * 1024, 16 * 1024, 4 * 1024, 1024]) {
      for (let count = 0; count < 400; count += 1) {
        const refused = await add(randomText(size));
        if (refused) {
          refusal = refused;
          break;
        }
        bytes += size;
      }
    }
    db.close();
    return { bytes, refusal };
  });
}

test('storage nearly full: the banner says so, nothing stored is damaged, Export all and the backups still work', async ({
  page,
  context,
  baseURL,
  problems,
}) => {
  const other = testWorkshop('Second workshop', { organisation: 'Northwind' });
  await installFakeDesktopBridge(page);
  // The quota is set before the app opens its database: Chromium reads an origin's quota when
  // IndexedDB first opens there, so an override made later does not reach the open backing store.
  await page.goto('./favicon.svg');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL ?? '').origin, quotaSize: QUOTA_BYTES });
  await openApp(page);
  await seedWorkshops(page, [SAMPLE_WORKSHOP, other]);
  const before = await everyStoredWorkshop(page);
  expect(before).toHaveLength(2);

  const filled = await fillTheQuota(page);
  expect(filled.refusal).toBe('QuotaExceededError');

  // The facilitator opens the sample workshop and goes on typing.
  await page.goto(`./#/workshop/${SAMPLE_WORKSHOP.id}/setup`);
  const organisation = page.getByLabel('Organisation');
  await organisation.fill('');
  await organisation.pressSequentially('Typed with the disk full');
  await organisation.blur();

  const banner = page.getByRole('alert').filter({ hasText: 'Endfirst cannot save right now' });
  await expect(banner).toContainText('run out of space');

  // Nothing already stored is damaged: every record is as it was (or holds the new text, if a write
  // still fitted), and every one still passes the schema.
  const after = await everyStoredWorkshop(page);
  expect(after.map((workshop) => workshop.id).sort()).toEqual(before.map((workshop) => workshop.id).sort());
  for (const stored of after) {
    expect(WorkshopSchema.safeParse(stored).success).toBe(true);
    const earlier = before.find((workshop) => workshop.id === stored.id);
    expect({ ...stored, updatedAt: '', meta: { ...stored.meta, organisation: '', currentStage: '' } }).toEqual({
      ...earlier,
      updatedAt: '',
      meta: { ...earlier?.meta, organisation: '', currentStage: '' },
    });
    expect([earlier?.meta.organisation, 'Typed with the disk full']).toContain(stored.meta.organisation);
  }

  // What could not be stored waits in the keystroke journal for the next start.
  if (after.find((workshop) => workshop.id === SAMPLE_WORKSHOP.id)?.meta.organisation !== 'Typed with the disk full') {
    const journal = await page.evaluate(() => Object.keys(localStorage).map((key) => localStorage.getItem(key)).join('\n'));
    expect(journal).toContain('Typed with the disk full');
  }

  // Export all, from the banner, still produces a valid file of every stored workshop.
  const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Export all workshops' }).click()]);
  const exported = parseEndfirstFile(await streamToText(await download.createReadStream()));
  if (!exported.ok) throw new Error(`Export all did not parse: ${exported.problem.message}`);
  expect(exported.workshops.map((workshop) => workshop.id).sort()).toEqual(after.map((workshop) => workshop.id).sort());

  // The backup file lives outside IndexedDB: opening the workshop wrote one even though its snapshot
  // could not be stored, and it holds exactly what is stored.
  const backups = await bridgeCalls(page, 'writeBackup');
  expect(backups.map((call) => call.args[0])).toContain(SAMPLE_WORKSHOP.id);
  const backedUp = parseEndfirstFile(String(backups.findLast((call) => call.args[0] === SAMPLE_WORKSHOP.id)?.args[1]));
  if (!backedUp.ok) throw new Error(`The backup did not parse: ${backedUp.problem.message}`);
  expect(backedUp.workshops[0]).toEqual(after.find((workshop) => workshop.id === SAMPLE_WORKSHOP.id));

  // "Save version" cannot store its snapshot: it says so, and keeps the dialog open to try again.
  await page.getByRole('button', { name: 'Save version' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Save version' }).click();
  await expect(page.locator('.toast').filter({ hasText: 'The version could not be saved' })).toContainText('run out of space');
  await expect(dialog).toBeVisible();

  expect(problems.pageErrors).toEqual([]);
});

async function streamToText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
