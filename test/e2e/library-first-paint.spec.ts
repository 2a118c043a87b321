import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { dumpDatabase, makeWorkshop, seedWorkshops } from './library-helpers';

/**
 * The library paints its newest rows from IndexedDB before the app's code has loaded
 * (renderer/src/features/library/first-paint). Here the app's chunk is held back, so the test can
 * use the first paint on its own, then let the app take over and check nothing was lost.
 */

const TITLES = Array.from({ length: 25 }, (_, index) => `Pilot ${String(index + 1).padStart(2, '0')}`);

async function seedLibrary(page: Page) {
  await openApp(page);
  // One minute apart, Pilot 25 the most recently edited.
  const workshops = TITLES.map((title, index) => makeWorkshop({ title, organisation: 'Northwind', updatedAt: new Date(Date.UTC(2026, 10, 1, 9, index)).toISOString() }));
  await seedWorkshops(page, workshops);
  return workshops;
}

/** Holds back the app's code (everything the entry imports after the first paint) until released. */
async function holdTheApp(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/start-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const firstPaint = (page: Page) => page.locator('[data-first-paint-rows]');

test('the first paint lists the newest workshops as links, then the app takes over the same rows', async ({ page, problems }) => {
  await seedLibrary(page);
  const before = await dumpDatabase(page);
  const release = await holdTheApp(page);
  await page.reload({ waitUntil: 'commit' });

  const list = page.getByRole('list', { name: 'Workshops' });
  await expect(firstPaint(page)).toHaveCount(1);
  await expect(page.locator('html[data-first-paint="shown"]')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toHaveCount(20);
  await expect(list.getByRole('link').first()).toHaveText('Pilot 25');
  await expect(page.locator('html[data-app-ready]')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('25 workshops');
  await expect(page.getByRole('button', { name: 'Actions for Pilot 24' })).toBeVisible();

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

  release();
  await expect(page.locator('html[data-app-ready="true"]')).toHaveCount(1);
  await expect(firstPaint(page)).toHaveCount(0);
  await expect(list.getByRole('listitem')).toHaveCount(25);
  await expect(list.getByRole('link').first()).toHaveText('Pilot 25');
  expect(await dumpDatabase(page)).toBe(before); // the first paint only reads
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});

test('keyboard focus and typed search text survive the take-over', async ({ page }) => {
  await seedLibrary(page);
  const release = await holdTheApp(page);
  await page.reload({ waitUntil: 'commit' });
  await expect(firstPaint(page)).toHaveCount(1);

  const row = page.getByRole('link', { name: 'Pilot 23' });
  await row.focus();
  release();
  await expect(page.locator('html[data-app-ready="true"]')).toHaveCount(1);
  await expect(firstPaint(page)).toHaveCount(0);
  await expect(row).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/workshop\//);

  const releaseAgain = await holdTheApp(page);
  await page.goto('./#/');
  await page.reload({ waitUntil: 'commit' });
  await expect(firstPaint(page)).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search workshops' }).fill('pilot 0');
  releaseAgain();
  await expect(firstPaint(page)).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Search workshops' })).toBeFocused();
  await expect(page.getByRole('searchbox', { name: 'Search workshops' })).toHaveValue('pilot 0');
  // "0" is in Pilot 01–09, 10 and 20: the search ran on what was typed before the app was there.
  await expect(page.getByRole('status').filter({ hasText: 'workshops' })).toHaveText('11 of 25 workshops');
});

test('a row opened from the first paint opens once the app is there', async ({ page }) => {
  await seedLibrary(page);
  const release = await holdTheApp(page);
  await page.reload({ waitUntil: 'commit' });
  await page.getByRole('link', { name: 'Pilot 20' }).click();
  release();
  await expect(page.getByRole('textbox', { name: 'Title' }).or(page.getByText('Pilot 20').first())).toBeVisible();
  await expect(page).toHaveURL(/#\/workshop\//);
  await expect(firstPaint(page)).toHaveCount(0);
});

test('typing left unsaved at the last close is replayed before any row is shown: no first paint then', async ({ page }) => {
  const id = (await seedLibrary(page)).at(-1)!.id;
  await page.evaluate((workshopId) => {
    const entry = { workshopId, path: ['meta', 'title'], value: 'Pilot 25, renamed', at: Date.now() };
    localStorage.setItem('endfirst.edit-journal.v1', JSON.stringify({ [`${workshopId}:meta.title`]: entry }));
  }, id);
  const release = await holdTheApp(page);
  await page.reload({ waitUntil: 'commit' });
  await expect(page.locator('html[data-first-paint="skipped"]')).toHaveCount(1);
  await expect(firstPaint(page)).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Workshops' })).toHaveCount(0);
  release();
  await expect(page.getByRole('link', { name: 'Pilot 25, renamed' })).toBeVisible();
});
