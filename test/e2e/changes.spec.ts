import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { produce } from 'immer';
import type { Workshop } from '../../shared/domain/workshop';
import { SAMPLE_WORKSHOP } from '../../shared/method/sample-workshop';
import { expect, openApp, test } from './fixtures';
import { readPdf } from './pdf-read';
import { printToPdf } from './summary-pdf-helpers';
import { seedWorkshops } from './seed';

/**
 * "What changed": since the last session (a banner on the reopened plan), from the Versions panel
 * ("Compare with now", Delete), and the "Progress since…" page of the PDF. Screenshots at
 * 1366×768, the projector size the facilitators use, go to test-results/changes/.
 */

const BASELINE_ID = '7e000000-0000-4000-8000-0000000000b1';
const shots = 'test-results/changes';

/** The plan a week after the workshop: the session ended (its baseline stored), then follow-up work. */
const later: Workshop = produce(SAMPLE_WORKSHOP, (d) => {
  d.sessions[0]!.label = 'Workshop day 1';
  d.sessions[0]!.date = '2026-11-26';
  d.sessions[0]!.endedAt = '2026-11-26T17:00:00.000Z';
  d.sessions[0]!.baselineVersionId = BASELINE_ID;
  d.standards[0]!.owner = 'Tom Okafor';
  d.standards[2]!.status = 'met';
  d.operatingModel.onCall = `${d.operatingModel.onCall} Weekends: the AP duty manager, with the runbook.`;
  d.room.actions[0]!.status = 'done';
  d.cost.transitionCents = 19_000_000;
  d.preMortemRisks.push(d.preMortemRisks.shift()!);
});

async function seedWithBaseline(page: Page) {
  await openApp(page);
  await seedWorkshops(page, [later]);
  const version = { id: BASELINE_ID, schemaVersion: SAMPLE_WORKSHOP.schemaVersion, workshopId: SAMPLE_WORKSHOP.id, createdAt: '2026-11-26T17:00:00.000Z', reason: 'session-end', label: 'End of Workshop day 1', workshop: SAMPLE_WORKSHOP };
  await page.evaluate(async (record) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('endfirst');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('versions', 'readwrite');
      tx.objectStore('versions').put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, version);
}

const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);

test.use({ viewport: { width: 1366, height: 768 } });
test.beforeAll(() => mkdirSync(shots, { recursive: true }));

test('a reopened plan offers what changed since the last session, in the screens’ words', async ({ page, problems }) => {
  test.slow();
  await seedWithBaseline(page);
  await page.goto(`./#/workshop/${SAMPLE_WORKSHOP.id}/standards`);
  const banner = page.getByRole('region', { name: 'Since the last session' });
  await expect(banner).toContainText('Workshop day 1');
  await banner.getByRole('button', { name: 'What changed since then' }).click();

  const dialog = page.getByRole('dialog', { name: /^Since Workshop day 1, / });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Production standards' })).toBeVisible();
  await expect(dialog).toContainText('Standard “Security review”:');
  await expect(dialog.getByText('Tom Okafor', { exact: false }).first()).toBeVisible();
  await expect(dialog.locator('ins').first()).toContainText('Weekends');
  // Method order: who runs it comes before the standards, the room's records last.
  const headings = await dialog.locator('h3').allTextContents();
  expect(headings.indexOf('Who runs it')).toBeLessThan(headings.indexOf('Production standards'));
  expect(headings.at(-1)).toBe('Decisions and actions');
  await page.screenshot({ path: `${shots}/since-last-session.png` });
  expect(await seriousViolations(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await banner.getByRole('button', { name: 'Hide' }).click();
  await expect(banner).toBeHidden();
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});

test('any version compares with now from the Versions panel, and is deleted only after a confirmation', async ({ page, problems }) => {
  test.slow();
  await seedWithBaseline(page);
  await page.goto(`./#/workshop/${SAMPLE_WORKSHOP.id}/setup`);
  await page.getByRole('button', { name: 'Versions' }).click();
  const panel = page.getByRole('dialog', { name: 'Versions' });
  const baselineRow = panel.getByRole('listitem').filter({ hasText: 'End of Workshop day 1' });
  await expect(baselineRow).toContainText('Session baseline');
  await baselineRow.getByRole('button', { name: /^Compare .* with now$/ }).click();
  const compare = page.getByRole('dialog', { name: 'Changes since “End of Workshop day 1”' });
  await expect(compare).toContainText('Transition to production');
  await page.screenshot({ path: `${shots}/compare-with-now.png` });
  expect(await seriousViolations(page)).toEqual([]);
  await compare.getByRole('button', { name: 'Close' }).click();

  await baselineRow.getByRole('button', { name: /^Delete version/ }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete this version?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(baselineRow).toBeVisible();
  await baselineRow.getByRole('button', { name: /^Delete version/ }).click();
  await confirm.getByRole('button', { name: 'Delete version' }).click();
  await expect(panel.getByRole('listitem').filter({ hasText: 'End of Workshop day 1' })).toHaveCount(0);
  expect(problems.pageErrors).toEqual([]);
});

test('the summary PDF has a “Progress since” page after the executive summary', async ({ page }, testInfo) => {
  test.slow();
  await seedWithBaseline(page);
  const file = testInfo.outputPath('progress.pdf');
  await printToPdf(page, SAMPLE_WORKSHOP.id, 'a4', file);
  const pdf = await readPdf(file);
  const at = pdf.text.findIndex((text) => text.includes('Progress since 26 November 2026'));
  expect(at).toBeGreaterThan(0);
  expect(pdf.text[at]).toContain('Standard “Security review”: Owner: was Aisha Bello; now Tom Okafor');
  expect(pdf.text.slice(0, at).join('\n')).toContain('Next actions');
  expect(pdf.outline).toContain('Progress since 26 November 2026');

  await page.goto(`./#/print/${SAMPLE_WORKSHOP.id}?paper=a4`);
  await expect(page.locator('html[data-print-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
  await page.locator('.doc-progress').scrollIntoViewIfNeeded();
  await page.locator('.doc-progress').screenshot({ path: `${shots}/pdf-progress-page.png` });
});
