import { existsSync, readFileSync } from 'node:fs';
import { _electron as electron, expect, test } from '@playwright/test';
import { builtFile, repoRoot } from './built-app';
import { electronAvailability } from './electron-availability';

const availability = electronAvailability();
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

// eslint-disable-next-line no-empty-pattern -- no fixtures: the test launches Electron itself
test('the built desktop app starts, keeps a workshop across a reload, exports a PDF and opens the presenter', async ({}, testInfo) => {
  test.skip('skipReason' in availability, 'skipReason' in availability ? `SKIPPED: ${availability.skipReason}` : '');
  if (!('executable' in availability)) return;
  builtFile('dist/main/index.cjs');

  const userData = testInfo.outputPath('userData');
  const pdfPath = testInfo.outputPath('smoke-summary.pdf');
  const app = await electron.launch({
    executablePath: availability.executable,
    args: [repoRoot],
    // A throwaway data folder (honoured only by an unpackaged build), never the developer's library.
    env: { ...process.env, ENDFIRST_TEST_USER_DATA: userData },
  });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveURL(/^app:\/\/endfirst\//);
    await expect(page.getByRole('heading', { name: 'Start from the end' })).toBeVisible();

    // Create a workshop, then prove IndexedDB on app:// keeps it across a reload.
    await page.getByRole('button', { name: 'New workshop' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New workshop' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Smoke test pilot');
    await dialog.getByRole('button', { name: 'Create workshop' }).click();
    await expect(page).toHaveURL(new RegExp(`#/workshop/${UUID}`));
    await page.reload();
    await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
    await page.getByRole('link', { name: 'Endfirst, workshop library' }).click();
    await expect(page.getByRole('list', { name: 'Workshops' }).getByRole('link', { name: 'Smoke test pilot', exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'Smoke test pilot', exact: true }).click();

    // The PDF through main's printToPDF. The native save dialog cannot be clicked by a test, so
    // main's dialog is answered from inside main (nothing in the app reads a test switch for this).
    await app.evaluate(({ dialog: nativeDialog }, filePath) => {
      nativeDialog.showSaveDialog = (() => Promise.resolve({ canceled: false, filePath })) as typeof nativeDialog.showSaveDialog;
    }, pdfPath);
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'Summary PDF…' }).click();
    await page.getByRole('dialog', { name: 'Export summary PDF' }).getByRole('button', { name: 'Export PDF' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved “smoke-summary.pdf”' })).toBeVisible({ timeout: 60_000 });
    expect(existsSync(pdfPath)).toBe(true);
    const pdf = readFileSync(pdfPath);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.byteLength).toBeGreaterThan(1000);

    // The presenter: a second Electron window on the presenter route.
    const presenterOpened = app.waitForEvent('window');
    await page.getByRole('button', { name: 'Present' }).click();
    const presenter = await presenterOpened;
    await expect(presenter).toHaveURL(/#\/present/);
    await expect(presenter).toHaveTitle('Endfirst — presenting');
  } finally {
    await app.close();
  }
});
