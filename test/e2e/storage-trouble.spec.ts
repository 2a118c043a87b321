import { expect, openApp, test } from './fixtures';
import { seedWorkshops, storedWorkshop, testWorkshop } from './seed';

test.describe('storage trouble', () => {
  test('another window upgrading the database: this window saves its typing first, then reloads into the new schema', async ({
    page,
    context,
  }) => {
    const workshop = testWorkshop('Upgrade day');
    await openApp(page);
    await seedWorkshops(page, [workshop]);
    await page.goto(`./#/workshop/${workshop.id}/setup`);
    await page.getByLabel('Organisation').pressSequentially('Typed before the upgrade');
    await page.evaluate(() => Object.assign(window, { beforeUpgrade: true }));

    // Another window (a newer version of the app) opens the same database at a higher version.
    const newer = await context.newPage();
    await newer.goto('./favicon.svg');
    await newer.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('endfirst', 990);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
    );

    // The upgrade could only proceed because this window closed its connection; it then reloaded.
    await expect.poll(() => page.evaluate(() => 'beforeUpgrade' in window).catch(() => true)).toBe(false);
    await expect(page.getByLabel('Organisation')).toHaveValue('Typed before the upgrade');
    expect((await storedWorkshop(newer, workshop.id))?.meta.organisation).toBe('Typed before the upgrade');
  });
});

test('a database that will not open gets a clear banner, never a silently empty library', async ({ page, problems }) => {
  await page.addInitScript(() => {
    // What a corrupted profile or a locked disk looks like to the page.
    IDBFactory.prototype.open = function open() {
      throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    };
  });
  await openApp(page);
  const banner = page.getByRole('alert').filter({ hasText: 'could not open your saved workshops' });
  await expect(banner).toContainText('Internal error opening backing store');
  await expect(banner).toContainText('Nothing has been deleted');
  await expect(banner.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open sample workshop' })).toHaveCount(0);
  expect(problems.pageErrors).toEqual([]);
});

test('a full disk: the banner says so and offers the export; the typing waits in the journal', async ({ page }) => {
  const workshop = testWorkshop('Full disk');
  await openApp(page);
  await seedWorkshops(page, [workshop]);
  await page.goto(`./#/workshop/${workshop.id}/setup`);
  await expect(page.getByLabel('Organisation')).toBeVisible();
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByLabel('Organisation').pressSequentially('Typed on a full disk');

  const banner = page.getByRole('alert').filter({ hasText: 'Endfirst cannot save right now' });
  await expect(banner).toContainText('run out of space');
  await expect(banner.getByRole('button', { name: 'Export all workshops' })).toBeVisible();
  // The journal keeps one localStorage entry per field, under keys starting with its prefix.
  const journal = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('endfirst.edit-journal.'))
      .map((key) => localStorage.getItem(key))
      .join('\n'),
  );
  expect(journal).toContain('Typed on a full disk');
  expect((await storedWorkshop(page, workshop.id))?.meta.organisation).toBe('');
});
