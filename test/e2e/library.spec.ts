import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { parseEndfirstFile } from '../../shared/domain/file-format';
import { SAMPLE_WORKSHOP } from '../../shared/method/sample-workshop';
import { SAMPLE_WORKSHOP_ID } from '../../shared/method/sample-workshop-ids';
import { expect, openApp, test } from './fixtures';
import {
  dumpDatabase,
  endfirstFile,
  makeWorkshop,
  sampleFile,
  seedWorkshops,
  storedWorkshops,
  tabUntil,
  waitForLibrary,
} from './library-helpers';

const SAMPLE_TITLE = SAMPLE_WORKSHOP.meta.title;
const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/imports/${name}`, import.meta.url)));
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const OPENED_WORKSHOP = new RegExp(`#/workshop/(${UUID.source})(/|$)`);

/** Waits for the workshop screen's address (it may add a stage after the id) and returns the workshop id. */
async function openedWorkshopId(page: Page): Promise<string> {
  await expect(page).toHaveURL(OPENED_WORKSHOP);
  return OPENED_WORKSHOP.exec(page.url())?.[1] ?? '';
}

const rows = (page: Page) => page.getByRole('list', { name: 'Workshops' }).getByRole('listitem');
const row = (page: Page, title: string) => rows(page).filter({ has: page.getByRole('link', { name: title, exact: true }) });
const rowTitles = (page: Page) => page.getByRole('list', { name: 'Workshops' }).getByRole('link').allTextContents();
const actionsFor = (page: Page, title: string) => page.getByRole('button', { name: `Actions for ${title}`, exact: true });
const importInput = (page: Page) => page.locator('input[type="file"]');

async function chooseAction(page: Page, title: string, action: 'Rename…' | 'Duplicate' | 'Export…' | 'Move to Trash') {
  await actionsFor(page, title).click();
  await page.getByRole('menu', { name: `Actions for ${title}` }).getByRole('menuitem', { name: action }).click();
}

async function openSeededLibrary(page: Page, workshops: Parameters<typeof seedWorkshops>[1]) {
  await openApp(page);
  await waitForLibrary(page);
  await seedWorkshops(page, workshops);
  await page.reload();
  await waitForLibrary(page);
}

const isFocused = (locator: Locator) => () => locator.evaluate((element) => element === document.activeElement);

test.describe('the library', () => {
  test('an empty library explains the method and opens the sample, as a fresh copy each time', async ({
    page,
    problems,
  }) => {
    await openApp(page);
    const empty = page.getByRole('region', { name: 'Start from the end' });
    await expect(empty).toContainText('die at the handoff to operations');
    await expect(empty.getByRole('button', { name: 'New workshop' })).toBeVisible();

    await empty.getByRole('button', { name: 'Open sample workshop' }).click();
    const firstId = await openedWorkshopId(page);
    expect(firstId).not.toBe(SAMPLE_WORKSHOP_ID);

    await page.getByRole('link', { name: 'Endfirst, workshop library' }).click();
    const sample = row(page, SAMPLE_TITLE);
    await expect(sample).toBeVisible();
    await expect(sample).toContainText('Hollis & Brandt Logistics');
    await expect(sample.locator('.lib-row-stage')).toContainText('Review');
    await expect(sample).toContainText(/\d+% filled in/);
    await expect(sample.getByRole('time')).toHaveText('Edited just now');

    // Emptied again, the library offers the sample again, and it does not collide with the first copy.
    await chooseAction(page, SAMPLE_TITLE, 'Move to Trash');
    await page.getByRole('button', { name: 'Open sample workshop' }).click();
    const secondId = await openedWorkshopId(page);
    expect(secondId).not.toBe(firstId);
    const ids = (await storedWorkshops(page)).map((workshop) => workshop.id).sort();
    expect(ids).toEqual([firstId, secondId].sort());
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], offsiteRequests: [] });
  });

  test('"New workshop" asks for a title and a template, then opens the new workshop', async ({ page, problems }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'New workshop' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New workshop' });
    await expect(dialog).toBeVisible();
    const title = dialog.getByRole('textbox', { name: 'Title' });
    await expect(title).toBeFocused();
    await expect(dialog.getByRole('button', { name: 'Create workshop' })).toBeDisabled();
    await expect(dialog.getByRole('radio', { name: /Full · 3 hours/ })).toBeChecked();
    await expect(dialog.getByRole('radio', { name: /Express · 90 minutes/ })).not.toBeChecked();

    await title.fill('Claims intake assistant');
    await dialog.getByRole('radio', { name: /Express/ }).check();
    await dialog.getByRole('button', { name: 'Create workshop' }).click();

    const id = await openedWorkshopId(page);
    const [stored] = await storedWorkshops(page);
    expect(stored?.id).toBe(id);
    expect(stored?.meta).toMatchObject({ title: 'Claims intake assistant', template: 'express' });

    await page.goto('./#/');
    await expect(row(page, 'Claims intake assistant').locator('.lib-row-stage')).toContainText('Setup');
    expect(problems.consoleErrors).toEqual([]);
  });

  test('Cancel and Escape close the new-workshop dialog without creating anything', async ({ page }) => {
    await openApp(page);
    await waitForLibrary(page);
    const before = await dumpDatabase(page);
    await page.getByRole('button', { name: 'New workshop' }).first().click();
    await page.getByRole('textbox', { name: 'Title' }).fill('Not this one');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.getByRole('button', { name: 'New workshop' }).first().click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    expect(await dumpDatabase(page)).toBe(before);
  });

  test('search ignores case and accents across title, organisation and facilitator; sort reorders', async ({
    page,
  }) => {
    await openSeededLibrary(page, [
      makeWorkshop({ title: 'Claims triage', organisation: 'Zürich Versicherung', date: '2026-03-01', updatedAt: '2026-11-20T10:00:00.000Z' }),
      makeWorkshop({ title: 'Invoice triage', organisation: 'Northwind', facilitator: 'Renée Dubois', date: '2026-05-10', updatedAt: '2026-11-25T10:00:00.000Z' }),
      makeWorkshop({ title: 'Board report summariser', organisation: 'Contoso', date: '2026-01-15', updatedAt: '2026-11-22T10:00:00.000Z' }),
      makeWorkshop({ title: 'alpha: contract review', organisation: 'Fabrikam', date: '2026-09-30', updatedAt: '2026-10-01T10:00:00.000Z' }),
    ]);
    const search = page.getByRole('searchbox', { name: 'Search workshops' });
    const count = page.getByRole('status').filter({ hasText: 'workshop' });

    await expect(count).toHaveText('4 workshops');
    await expect.poll(() => rowTitles(page)).toEqual(['Invoice triage', 'Board report summariser', 'Claims triage', 'alpha: contract review']);

    await search.fill('ZURICH');
    await expect.poll(() => rowTitles(page)).toEqual(['Claims triage']);
    await expect(count).toHaveText('1 of 4 workshops');

    await search.fill('renee');
    await expect(rows(page)).toHaveCount(1);
    await expect.poll(() => rowTitles(page)).toEqual(['Invoice triage']);

    await search.fill('  TRIAGE  ');
    await expect(rows(page)).toHaveCount(2);
    await search.fill('triage northwind');
    await expect(rows(page)).toHaveCount(1);

    await search.fill('no such workshop');
    await expect(page.getByText('No workshop matches “no such workshop”.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear search' }).click();
    await expect(search).toBeFocused();
    await expect(search).toHaveValue('');
    await expect(rows(page)).toHaveCount(4);

    const sort = page.getByRole('combobox', { name: 'Sort by' });
    await sort.selectOption({ label: 'Title' });
    await expect.poll(() => rowTitles(page)).toEqual(['alpha: contract review', 'Board report summariser', 'Claims triage', 'Invoice triage']);
    await sort.selectOption({ label: 'Workshop date' });
    await expect.poll(() => rowTitles(page)).toEqual(['alpha: contract review', 'Invoice triage', 'Claims triage', 'Board report summariser']);
    await sort.selectOption({ label: 'Last edited' });
    await expect.poll(() => rowTitles(page)).toEqual(['Invoice triage', 'Board report summariser', 'Claims triage', 'alpha: contract review']);

    // Search and sort survive a visit to a workshop and back.
    await sort.selectOption({ label: 'Title' });
    await search.fill('triage');
    await row(page, 'Claims triage').getByRole('link').click();
    await expect(page).toHaveURL(/#\/workshop\//);
    await page.goBack();
    await expect(search).toHaveValue('triage');
    await expect(sort).toHaveValue('title');
  });

  test('rename, duplicate, and move to Trash with Undo', async ({ page, problems }) => {
    await openSeededLibrary(page, [makeWorkshop({ title: 'Invoice triage', organisation: 'Northwind' })]);

    await chooseAction(page, 'Invoice triage', 'Rename…');
    const rename = page.getByRole('dialog', { name: 'Rename workshop' });
    const title = rename.getByRole('textbox', { name: 'Title' });
    await expect(title).toHaveValue('Invoice triage');
    await expect(title).toBeFocused();
    await title.fill('   ');
    await expect(rename.getByRole('button', { name: 'Rename' })).toBeDisabled();
    await title.fill('Supplier invoice triage');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect(rename).toBeHidden();
    await expect(row(page, 'Supplier invoice triage')).toBeVisible();
    await expect(actionsFor(page, 'Supplier invoice triage')).toBeFocused();

    await chooseAction(page, 'Supplier invoice triage', 'Duplicate');
    await expect(row(page, 'Supplier invoice triage (copy)')).toBeVisible();
    await expect(page.getByRole('status').getByText('Duplicated as “Supplier invoice triage (copy)”')).toBeVisible();
    const [original, copy] = await Promise.all([
      page.locator('[data-workshop-id]').filter({ hasText: /^Supplier invoice triageNorthwind/ }).getAttribute('data-workshop-id'),
      row(page, 'Supplier invoice triage (copy)').getAttribute('data-workshop-id'),
    ]);
    expect(copy).not.toBe(original);

    await chooseAction(page, 'Supplier invoice triage (copy)', 'Move to Trash');
    await expect(row(page, 'Supplier invoice triage (copy)')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Trash, 1 workshop' })).toBeVisible();
    const toast = page.getByRole('status').locator('.toast', { hasText: 'Moved “Supplier invoice triage (copy)” to Trash' });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(row(page, 'Supplier invoice triage (copy)')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Trash, 0 workshops' })).toBeVisible();
    expect(problems.consoleErrors).toEqual([]);
  });

  test('Trash restores, deletes forever only after confirming, and empties', async ({ page, problems }) => {
    // The page's Date stands still, so "5 min ago" is exact, not "5 min, give or take the machine".
    const now = Date.parse('2026-11-26T10:00:00.000Z');
    await page.clock.setFixedTime(now);
    const deletedAt = new Date(now - 5 * 60_000).toISOString();
    const inTrash = (title: string) => ({ ...makeWorkshop({ title }), deletedAt });
    await openSeededLibrary(page, [makeWorkshop({ title: 'Kept' }), inTrash('Alpha'), inTrash('Bravo'), inTrash('Charlie')]);
    await expect(rows(page)).toHaveCount(1);

    await page.getByRole('link', { name: 'Trash, 3 workshops' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeVisible();
    const trash = page.getByRole('list', { name: 'Workshops in Trash' });
    await expect(trash.getByRole('listitem')).toHaveCount(3);
    await expect(trash.getByRole('listitem').first()).toContainText('Moved to Trash 5 min ago');

    await page.getByRole('button', { name: 'Restore Alpha' }).click();
    await expect(trash.getByRole('listitem')).toHaveCount(2);
    await expect(page.getByRole('status').getByText('Restored “Alpha” to the library')).toBeVisible();

    await page.getByRole('button', { name: 'Delete Bravo forever' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete “Bravo” forever?' });
    await expect(confirm).toContainText('cannot be undone');
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(trash.getByRole('listitem')).toHaveCount(2);

    await page.getByRole('button', { name: 'Delete Bravo forever' }).click();
    await confirm.getByRole('button', { name: 'Delete forever' }).click();
    await expect(trash.getByRole('listitem')).toHaveCount(1);
    expect((await storedWorkshops(page)).map((w) => w.meta.title).sort()).toEqual(['Alpha', 'Charlie', 'Kept']);

    await page.getByRole('button', { name: 'Empty Trash' }).click();
    await page.getByRole('alertdialog', { name: 'Empty Trash?' }).getByRole('button', { name: 'Empty Trash' }).click();
    await expect(page.getByRole('heading', { name: 'Trash is empty' })).toBeVisible();
    expect((await storedWorkshops(page)).map((w) => w.meta.title).sort()).toEqual(['Alpha', 'Kept']);

    await page.getByRole('link', { name: 'Back to the library' }).click();
    await expect(rows(page)).toHaveCount(2);
    expect(problems.consoleErrors).toEqual([]);
  });

  test('imports a valid file and a bundle, showing markup as plain text', async ({ page, problems }) => {
    await openApp(page);
    await waitForLibrary(page);

    await importInput(page).setInputFiles({ name: 'sample.endfirst', mimeType: 'application/json', buffer: Buffer.from(sampleFile()) });
    await expect(page.getByRole('status').getByText(`Imported “${SAMPLE_TITLE}”`)).toBeVisible();
    await expect(row(page, SAMPLE_TITLE)).toBeVisible();

    await importInput(page).setInputFiles({
      name: 'valid-bundle-two-workshops.endfirst',
      mimeType: '',
      buffer: fixture('valid-bundle-two-workshops.endfirst'),
    });
    await expect(page.getByRole('status').getByText('Imported 2 workshops from “valid-bundle-two-workshops.endfirst”')).toBeVisible();
    await expect(rows(page)).toHaveCount(3);

    await importInput(page).setInputFiles({
      name: 'markup.endfirst',
      mimeType: '',
      buffer: fixture('valid-markup-in-every-text-field.endfirst'),
    });
    // The fixture reuses the sample's id, so it asks first; as a copy, the markup is just a title.
    await page.getByRole('alertdialog').getByRole('button', { name: 'Import as a copy' }).click();
    await expect(page.getByRole('link', { name: '<img src=x onerror=alert(1)> (copy)' })).toBeVisible();
    await expect(page.getByText('<script>alert("endfirst")</script>')).toBeVisible();
    await expect(page.locator('main img, main script')).toHaveCount(0);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], offsiteRequests: [] });
  });

  test('a refused file says which file and what is wrong where, and nothing stored changes', async ({ page }) => {
    await openSeededLibrary(page, [makeWorkshop({ title: 'Invoice triage' })]);
    const before = await dumpDatabase(page);

    await importInput(page).setInputFiles({ name: 'truncated.endfirst', mimeType: '', buffer: fixture('truncated.endfirst') });
    const alert = page.getByRole('alertdialog', { name: '“truncated.endfirst” could not be imported' });
    await expect(alert).toContainText('it ends too early, at line 76');
    await expect(alert).toContainText('Nothing in your library was changed.');
    await expect(alert.getByRole('button', { name: 'OK' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(alert).toBeHidden();
    expect(await dumpDatabase(page)).toBe(before);

    // Over 20 MB: refused by its size, before it is read. (Made in the page: 20 MB through the test driver is slow.)
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[type="file"]');
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(20 * 1024 * 1024 + 1)], 'huge.endfirst'));
      if (input) input.files = transfer.files;
      input?.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect(page.getByRole('alertdialog', { name: '“huge.endfirst” could not be imported' })).toContainText(
      'Endfirst opens files of up to 20.0 MB',
    );
    await page.getByRole('button', { name: 'OK' }).click();

    // Several at once: each refusal is reported by name, the valid file alongside them is imported.
    await importInput(page).setInputFiles([
      { name: 'schema-version-999.endfirst', mimeType: '', buffer: fixture('schema-version-999.endfirst') },
      { name: 'proto-key-top-level.endfirst', mimeType: '', buffer: fixture('proto-key-top-level.endfirst') },
      { name: 'binary-garbage.endfirst', mimeType: '', buffer: fixture('binary-garbage.endfirst') },
    ]);
    const several = page.getByRole('alertdialog', { name: '3 files could not be imported' });
    await expect(several.getByRole('listitem')).toHaveCount(3);
    await expect(several.getByRole('listitem').nth(0)).toContainText('schema-version-999.endfirst');
    await expect(several.getByRole('listitem').nth(0)).toContainText('made by a newer version of Endfirst');
    await expect(several.getByRole('listitem').nth(1)).toContainText('"__proto__" at the top level');
    await expect(several.getByRole('listitem').nth(2)).toContainText('This file is not text');
    await several.getByRole('button', { name: 'OK' }).click();
    expect(await dumpDatabase(page)).toBe(before);

    await importInput(page).setInputFiles([
      { name: 'empty.endfirst', mimeType: '', buffer: fixture('empty.endfirst') },
      { name: 'sample.endfirst', mimeType: '', buffer: Buffer.from(sampleFile()) },
    ]);
    await expect(page.getByRole('alertdialog', { name: '“empty.endfirst” could not be imported' })).toContainText('This file is empty.');
    await expect(row(page, SAMPLE_TITLE)).toBeVisible();
  });

  test('a file with a workshop already here asks: Replace, Import as a copy, or Cancel', async ({ page }) => {
    await openSeededLibrary(page, [{ ...SAMPLE_WORKSHOP, meta: { ...SAMPLE_WORKSHOP.meta, title: 'Our edited plan' } }]);
    const file = { name: 'sample.endfirst', mimeType: '', buffer: Buffer.from(sampleFile()) };
    const question = page.getByRole('alertdialog', { name: 'This workshop is already in your library' });

    const before = await dumpDatabase(page);
    await importInput(page).setInputFiles(file);
    await expect(question).toContainText('“sample.endfirst” holds a workshop you already have');
    await expect(question).toContainText('Our edited plan');
    await expect(question.getByRole('button', { name: 'Import as a copy' })).toBeFocused();
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('status').getByText('Nothing was imported from “sample.endfirst”')).toBeVisible();
    expect(await dumpDatabase(page)).toBe(before);

    await importInput(page).setInputFiles(file);
    await question.getByRole('button', { name: 'Import as a copy' }).click();
    await expect(row(page, `${SAMPLE_TITLE} (copy)`)).toBeVisible();
    await expect(row(page, 'Our edited plan')).toBeVisible();
    const copies = await storedWorkshops(page);
    expect(copies).toHaveLength(2);
    expect(copies.filter((w) => w.id === SAMPLE_WORKSHOP_ID)).toHaveLength(1);

    await importInput(page).setInputFiles(file);
    await question.getByRole('button', { name: 'Replace' }).click();
    await expect(page.getByRole('status').getByText(`Replaced “${SAMPLE_TITLE}”`)).toBeVisible();
    await expect(row(page, 'Our edited plan')).toHaveCount(0);
    await expect(row(page, SAMPLE_TITLE)).toBeVisible();
    await expect(rows(page)).toHaveCount(2);
    // The replaced workshop is kept as a version, so a wrong "Replace" can be undone.
    const dump = JSON.parse(await dumpDatabase(page)) as [string, { reason?: string; workshop?: { meta: { title: string } } }[]][];
    const versions = dump.find(([name]) => name === 'versions')?.[1] ?? [];
    expect(versions.filter((v) => v.reason === 'before-import').map((v) => v.workshop?.meta.title)).toEqual(['Our edited plan']);
  });

  test('export downloads one workshop, or all of them, as files that import back', async ({ page }) => {
    const kept = makeWorkshop({ title: 'Invoice triage: phase 2?', date: '2026-05-10' });
    const other = makeWorkshop({ title: 'Claims intake' });
    await openSeededLibrary(page, [kept, other, { ...makeWorkshop({ title: 'Binned' }), deletedAt: new Date().toISOString() }]);

    const [download] = await Promise.all([page.waitForEvent('download'), chooseAction(page, kept.meta.title, 'Export…')]);
    expect(download.suggestedFilename()).toBe('2026-05-10 Invoice triage phase 2.endfirst');
    const single = parseEndfirstFile(readFileSync(await download.path(), 'utf8'));
    expect(single.ok && single.kind === 'single' && single.workshops[0]).toEqual(kept);

    const [bundle] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all' }).click()]);
    expect(bundle.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2} All workshops \(2\)\.endfirst$/);
    const all = parseEndfirstFile(readFileSync(await bundle.path(), 'utf8'));
    expect(all.ok && all.workshops.map((w) => w.meta.title).sort()).toEqual(['Claims intake', 'Invoice triage: phase 2?']);
  });

  test('dropping files anywhere on the library shows a drop target and imports them', async ({ page }) => {
    await openApp(page);
    await waitForLibrary(page);
    const text = sampleFile();
    const dataTransfer = await page.evaluateHandle((contents) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([contents], 'dropped.endfirst', { type: '' }));
      return transfer;
    }, text);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await expect(page.getByText('Drop .endfirst files to import them')).toBeVisible();
    await page.dispatchEvent('main', 'dragover', { dataTransfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await expect(page.getByText('Drop .endfirst files to import them')).toBeHidden();
    await expect(row(page, SAMPLE_TITLE)).toBeVisible();
    await expect(page).toHaveURL(/#\/$/);
  });

  test('every library action works by keyboard alone', async ({ page, problems }) => {
    await openApp(page);
    await waitForLibrary(page);
    const focused = (locator: Locator) => isFocused(locator);
    const press = (key: string) => page.keyboard.press(key);

    // New workshop: Tab to the button, type a title, pick Express with the arrow keys, Enter creates it.
    const newButton = page.getByRole('button', { name: 'New workshop' }).first();
    await tabUntil(page, focused(newButton));
    await press('Enter');
    await expect(page.getByRole('textbox', { name: 'Title' })).toBeFocused();
    await page.keyboard.type('Keyboard workshop');
    await press('Tab');
    await expect(page.getByRole('radio', { name: /Full/ })).toBeFocused();
    await press('ArrowDown');
    await expect(page.getByRole('radio', { name: /Express/ })).toBeChecked();
    await press('Enter');
    await openedWorkshopId(page);
    expect((await storedWorkshops(page))[0]?.meta.template).toBe('express');

    // Back to the library by keyboard.
    await page.locator('body').focus();
    await tabUntil(page, focused(page.getByRole('link', { name: 'Endfirst, workshop library' })));
    await press('Enter');
    await waitForLibrary(page);

    // Rename from the row's menu; focus comes back to the menu button.
    const actions = actionsFor(page, 'Keyboard workshop');
    await tabUntil(page, focused(actions));
    await press('Enter');
    await expect(page.getByRole('menuitem', { name: 'Rename…' })).toBeFocused();
    await press('Enter');
    await expect(page.getByRole('textbox', { name: 'Title' })).toBeFocused();
    await page.keyboard.type('Keyboard plan');
    await press('Enter');
    await expect(row(page, 'Keyboard plan')).toBeVisible();
    await expect(actionsFor(page, 'Keyboard plan')).toBeFocused();

    // Escape closes a menu and returns to its button; arrows move; Duplicate.
    await press('ArrowDown');
    await expect(page.getByRole('menu')).toBeVisible();
    await press('Escape');
    await expect(page.getByRole('menu')).toBeHidden();
    await expect(actionsFor(page, 'Keyboard plan')).toBeFocused();
    await press('Space');
    await press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'Duplicate' })).toBeFocused();
    await press('Enter');
    await expect(row(page, 'Keyboard plan (copy)')).toBeVisible();

    // Export: End, then up one.
    await expect(actionsFor(page, 'Keyboard plan')).toBeFocused();
    await press('Enter');
    await press('End');
    await press('ArrowUp');
    await expect(page.getByRole('menuitem', { name: 'Export…' })).toBeFocused();
    const [download] = await Promise.all([page.waitForEvent('download'), press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/ Keyboard plan\.endfirst$/);

    // Search, then Escape clears it.
    const search = page.getByRole('searchbox', { name: 'Search workshops' });
    await tabUntil(page, focused(search), { backwards: true });
    await page.keyboard.type('copy');
    await expect(rows(page)).toHaveCount(1);
    await press('Escape');
    await expect(rows(page)).toHaveCount(2);

    // Sort with the arrow keys.
    await press('Tab');
    await expect(page.getByRole('combobox', { name: 'Sort by' })).toBeFocused();
    await press('ArrowDown');
    await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('title');

    // Move to Trash (Arrow Up opens on the last item); focus stays in the list; Undo from the toast.
    const copyActions = actionsFor(page, 'Keyboard plan (copy)');
    await tabUntil(page, focused(copyActions));
    await press('ArrowUp');
    await expect(page.getByRole('menuitem', { name: 'Move to Trash' })).toBeFocused();
    await press('Enter');
    await expect(row(page, 'Keyboard plan (copy)')).toHaveCount(0);
    await expect(actionsFor(page, 'Keyboard plan')).toBeFocused();
    await tabUntil(page, focused(page.getByRole('button', { name: 'Undo' })));
    await press('Enter');
    await expect(row(page, 'Keyboard plan (copy)')).toBeVisible();

    // Trash it again and go to the Trash; restore one; delete the other forever, confirmed.
    await page.locator('body').focus();
    await tabUntil(page, focused(actionsFor(page, 'Keyboard plan (copy)')));
    await press('ArrowUp');
    await press('Enter');
    await page.locator('body').focus();
    await tabUntil(page, focused(actionsFor(page, 'Keyboard plan')));
    await press('ArrowUp');
    await press('Enter');
    await tabUntil(page, focused(page.getByRole('link', { name: 'Trash, 2 workshops' })), { backwards: true });
    await press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeVisible();

    await tabUntil(page, focused(page.getByRole('button', { name: 'Restore Keyboard plan', exact: true })));
    await press('Enter');
    await expect(page.getByRole('button', { name: 'Restore Keyboard plan', exact: true })).toHaveCount(0);
    const deleteButton = page.getByRole('button', { name: 'Delete Keyboard plan (copy) forever' });
    await tabUntil(page, focused(deleteButton));
    await press('Enter');
    const confirm = page.getByRole('alertdialog', { name: 'Delete “Keyboard plan (copy)” forever?' });
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await press('Escape');
    await expect(confirm).toBeHidden();
    await expect(deleteButton).toBeFocused();
    await press('Enter');
    await press('Tab');
    await expect(confirm.getByRole('button', { name: 'Delete forever' })).toBeFocused();
    await press('Enter');
    await expect(page.getByRole('heading', { name: 'Trash is empty' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the library' })).toBeFocused();
    await press('Enter');
    await waitForLibrary(page);

    // Import… opens the file chooser from the keyboard; Export all downloads.
    await tabUntil(page, focused(page.getByRole('button', { name: 'Import…' })));
    const choosing = page.waitForEvent('filechooser');
    // Listening for the chooser turns on its interception asynchronously; one round trip makes sure it is on.
    await page.evaluate(() => undefined);
    await press('Enter');
    const chooser = await choosing;
    await chooser.setFiles({ name: 'sample.endfirst', mimeType: '', buffer: Buffer.from(sampleFile()) });
    await expect(row(page, SAMPLE_TITLE)).toBeVisible();
    await tabUntil(page, focused(page.getByRole('button', { name: 'Export all' })));
    const [bundle] = await Promise.all([page.waitForEvent('download'), press('Enter')]);
    expect(bundle.suggestedFilename()).toMatch(/All workshops \(2\)\.endfirst$/);
    expect(problems.consoleErrors).toEqual([]);
  });

  test('library, Trash and the dialogs have no serious accessibility violations', async ({ page }) => {
    test.setTimeout(120_000); // eleven full axe runs
    const serious = async () => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      return results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    };
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await openApp(page);
      await waitForLibrary(page);
      expect(await serious(), `empty library, ${scheme}`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await seedWorkshops(page, [
      makeWorkshop({ title: 'Invoice triage', organisation: 'Northwind', facilitator: 'Renée Dubois' }),
      { ...makeWorkshop({ title: 'Binned' }), deletedAt: new Date().toISOString() },
    ]);
    await page.reload();
    await waitForLibrary(page);
    expect(await serious(), 'library').toEqual([]);
    await actionsFor(page, 'Invoice triage').click();
    expect(await serious(), 'row menu').toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'New workshop' }).click();
    expect(await serious(), 'new workshop dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await importInput(page).setInputFiles({ name: 'truncated.endfirst', mimeType: '', buffer: fixture('truncated.endfirst') });
    await expect(page.getByRole('alertdialog')).toBeVisible();
    expect(await serious(), 'import problem').toEqual([]);
    await page.keyboard.press('Escape');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('./#/trash');
      await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeVisible();
      await expect(page.getByRole('list', { name: 'Workshops in Trash' })).toBeVisible();
      expect(await serious(), `trash, ${scheme}`).toEqual([]);
    }
  });
});

test('a second window on the same library shows an import made in the first', async ({ page, context }) => {
  await openApp(page);
  await waitForLibrary(page);
  const other = await context.newPage();
  await openApp(other);
  await waitForLibrary(other);
  await importInput(page).setInputFiles({ name: 'sample.endfirst', mimeType: '', buffer: Buffer.from(endfirstFile([SAMPLE_WORKSHOP])) });
  await expect(row(other, SAMPLE_TITLE)).toBeVisible();
});
