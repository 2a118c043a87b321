import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import type { Workshop } from '../../shared/domain/workshop';
import { EXPORT_LOCALE } from '../../shared/export/format';
import { buildSummary, type SummaryTable } from '../../shared/export/summary-model';
import type { PaperSize } from '../../shared/export/print-route';
import { SAMPLE_WORKSHOP } from '../../shared/method/sample-workshop';
import { assessReadiness, explainVerdict } from '../../shared/readiness';
import { generateBigWorkshop } from '../fixtures/generated/big-workshop';
import { bridgeCalls, installFakeDesktopBridge } from './fake-desktop-bridge';
import { expect, test } from './fixtures';
import { testId, testWorkshop } from './seed';
import { readPdf, type PdfReading } from './pdf-read';
import { printToPdf, requireSystemTool, seedForPrint } from './summary-pdf-helpers';

const XSS = '<img src=x onerror=alert(1)>';
const PAGE_POINTS: Record<PaperSize, string> = { a4: '594.96 x 841.92', letter: '612 x 792' };
/** Tagging (the structure tree) roughly quadruples a page's bytes; still far below what mail and archives mind. */
const MAX_BYTES_PER_PAGE = 60 * 1024;

/** Whitespace collapsed; a line wrapped after a hyphen ("month-\nend") reads as the word it was. */
const words = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').replace(/(\w)- (?=\w)/g, '$1-').trim();

/** The PDF (pdfjs-dist) and each page's text in content-stream order, whitespace collapsed. */
async function readSummaryPdf(file: string): Promise<PdfReading & { reading: string[] }> {
  const pdf = await readPdf(file);
  return { ...pdf, reading: pdf.text.map(words) };
}

/**
 * An auditor's checks that need no system tool: the Title is the workshop's, the language is set,
 * the content is tagged on every page, and the bookmarks list every section of the summary.
 */
function checkStructure(pdf: PdfReading, workshop: Workshop) {
  const doc = buildSummary(workshop);
  expect(pdf.title).toBe(doc.title);
  expect(pdf.language).toBe(EXPORT_LOCALE);
  expect(pdf.marked).toBe(true);
  expect(pdf.pagesWithStructure).toBe(pdf.pages);
  const sections = [...doc.sections.map((section, index) => `${index + 1} ${section.title}`), ...doc.appendix.map((section) => section.title)];
  expect(sections.filter((title) => !pdf.outline.map(words).includes(words(title)))).toEqual([]);
}

function tablesOf(workshop: Workshop): SummaryTable[] {
  const doc = buildSummary(workshop);
  const ids = new Set(['end-state', 'standards', 'decisions', 'actions', 'parking-lot']);
  return doc.sections
    .filter((section) => ids.has(section.id))
    .flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'table' && block.table.columns[0]?.width !== 'narrow' ? [block.table] : [])));
}

/**
 * A row is whole when, on the page where its first cell is, the last word of every one of its
 * cells follows before the next row's first cell. A row broken across a page would leave its tail
 * on the next page. (Generated text repeats, so every place the first cell occurs is tried.)
 */
function splitRows(pages: readonly string[], tables: readonly SummaryTable[]): string[] {
  const split: string[] = [];
  for (const table of tables) {
    table.rows.forEach((row, index) => {
      const start = words(row[0] ?? '');
      const nextStart = words(table.rows[index + 1]?.[0] ?? '');
      const lastWords = row.map((cell) => words(cell).split(' ').at(-1) ?? '');
      const whole = pages.some((page) => {
        for (let from = page.indexOf(start); from >= 0; from = page.indexOf(start, from + 1)) {
          const to = nextStart ? page.indexOf(nextStart, from + start.length) : -1;
          const slice = page.slice(from + start.length, to < 0 ? undefined : to);
          if (lastWords.slice(1).every((last) => slice.includes(last))) return true;
        }
        return false;
      });
      if (!whole) split.push(`${table.caption}: row "${start.slice(0, 60)}" is not whole on one page`);
    });
  }
  return split;
}

function checkContent(reading: readonly string[], workshop: Workshop) {
  const all = reading.join(' ');
  const report = assessReadiness(workshop);
  expect(all).toContain(words(workshop.meta.title));
  expect(reading[0]).toContain(report.verdictLabel);
  // Why, in the same one sentence as the review and the projector.
  expect(reading[0]).toContain(words(explainVerdict(report)));
  // The score is set larger than its words, so the extractor may not see the space after it.
  expect(reading[0]).toMatch(new RegExp(`Score ${report.score} ?of 100`));
  expect(reading[0]).toContain(words(workshop.operatingModel.ownerName));
  const missingStandards = workshop.standards.filter((s) => !all.includes(words(s.name)));
  expect(missingStandards.map((s) => s.name)).toEqual([]);
  const missingActions = workshop.room.actions.filter((a) => !all.includes(words(a.text)));
  expect(missingActions.map((a) => a.text)).toEqual([]);
  // Facilitator notes are private unless asked for.
  for (const note of Object.values(workshop.room.facilitatorNotes)) if (note) expect(all).not.toContain(words(note).slice(0, 40));
}

// Chromium's PDF engine on a busy 2-core machine: a 100-page document takes a while.
test.describe.configure({ timeout: 240_000 });

test('the sample summary prints as a document in A4 and Letter, and a hostile title stays text', async ({ page, problems }, testInfo) => {
  const hostile = testWorkshop(XSS, { date: '2026-11-26', facilitator: XSS });
  hostile.room.actions = [{ id: testId(), text: `=cmd|' /C calc'!A0 ${XSS}`, ownerParticipantId: null, ownerName: XSS, due: null, status: 'open', statusHistory: [] }];
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await seedForPrint(page, [SAMPLE_WORKSHOP, hostile]);

  for (const paper of ['a4', 'letter'] as const) {
    const file = testInfo.outputPath(`sample-${paper}.pdf`);
    const pdf = await printToPdf(page, SAMPLE_WORKSHOP.id, paper, file);
    const read = await readSummaryPdf(file);
    const { pages, reading } = read;
    console.log(`sample ${paper}: ${pages} pages, ${(pdf.length / 1024 / pages).toFixed(1)} KB/page`);
    expect(new Set(read.pageSizes)).toEqual(new Set([PAGE_POINTS[paper]]));
    expect(pdf.length / pages).toBeLessThan(MAX_BYTES_PER_PAGE);
    checkContent(reading, SAMPLE_WORKSHOP);
    checkStructure(read, SAMPLE_WORKSHOP);
    // The footer: workshop title and page numbers on every page.
    reading.forEach((text, index) => {
      expect(text).toContain(`Page ${index + 1} of ${pages}`);
      expect(text).toContain(words(SAMPLE_WORKSHOP.meta.title));
    });
    expect(splitRows(reading, tablesOf(SAMPLE_WORKSHOP))).toEqual([]);
  }

  // The facilitator's notes appear when asked for.
  const withNotes = testInfo.outputPath('sample-notes.pdf');
  await printToPdf(page, SAMPLE_WORKSHOP.id, 'a4', withNotes, '&facilitatorNotes=1&appendix=0');
  const notesText = (await readSummaryPdf(withNotes)).reading.join(' ');
  expect(notesText).toContain('Facilitator notes');
  expect(notesText).not.toContain('Appendix A');

  // The print route is a document a screen reader can read.
  await page.emulateMedia({ media: 'screen' });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // A title that looks like HTML is text in the document and in the PDF; nothing runs.
  await expect(page.locator('html[data-print-ready="true"]')).toHaveCount(1);
  const hostileFile = testInfo.outputPath('hostile.pdf');
  await printToPdf(page, hostile.id, 'a4', hostileFile);
  await expect(page.getByRole('heading', { level: 1, name: XSS })).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
  const hostileRead = await readSummaryPdf(hostileFile);
  const hostileText = hostileRead.reading.join(' ');
  expect(hostileRead.title).toBe(XSS);
  expect(hostileText).toContain(XSS);
  expect(hostileText).toContain(`Facilitated by ${XSS}`);
  expect(dialogs).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.offsiteRequests).toEqual([]);
});

test('a 100-page stress workshop prints whole in A4 and Letter', async ({ page, problems }, testInfo) => {
  const big = generateBigWorkshop();
  await seedForPrint(page, [big]);
  for (const paper of ['a4', 'letter'] as const) {
    const file = testInfo.outputPath(`big-${paper}.pdf`);
    const pdf = await printToPdf(page, big.id, paper, file);
    const read = await readSummaryPdf(file);
    const { pages, reading } = read;
    console.log(`stress ${paper}: ${pages} pages, ${(pdf.length / 1024 / pages).toFixed(1)} KB/page`);
    expect(pages).toBeGreaterThanOrEqual(90);
    expect(pdf.length / pages).toBeLessThan(MAX_BYTES_PER_PAGE);
    checkContent(reading, big);
    checkStructure(read, big);
    expect(reading.at(-1)).toContain(`Page ${pages} of ${pages}`);
    expect(splitRows(reading, tablesOf(big))).toEqual([]);
  }
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});

test('the summary embeds its fonts as TrueType, never as Type 3 (pdffonts)', async ({ page }, testInfo) => {
  const pdffonts = requireSystemTool('pdffonts');
  await seedForPrint(page, [SAMPLE_WORKSHOP]);
  const file = testInfo.outputPath('sample-fonts.pdf');
  // With the facilitator's notes: every face the print CSS uses appears at least once.
  await printToPdf(page, SAMPLE_WORKSHOP.id, 'a4', file, '&facilitatorNotes=1');
  const listing = spawnSync(pdffonts, [file], { encoding: 'utf8' });
  expect(listing.status, listing.stderr).toBe(0);
  // Two header lines, then one line per font: name, type, encoding, embedded, subset, unicode, object.
  const fonts = listing.stdout.split('\n').slice(2).filter((line) => line.trim() !== '');
  console.log(`pdffonts: ${fonts.map((line) => line.replace(/\s{2,}/g, ' | ')).join('; ')}`);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((line) => / Type 3 /.test(line))).toEqual([]);
  expect(fonts.filter((line) => !/(CID )?TrueType/.test(line))).toEqual([]);
  // Every font is embedded (column "emb" is yes).
  expect(fonts.filter((line) => !/\syes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(line))).toEqual([]);
});

test('page 1 says why the verdict is what it is, in the review’s one sentence (pdftotext)', async ({ page }, testInfo) => {
  const pdftotext = requireSystemTool('pdftotext');
  await seedForPrint(page, [SAMPLE_WORKSHOP]);
  const file = testInfo.outputPath('sample-page-1.pdf');
  await printToPdf(page, SAMPLE_WORKSHOP.id, 'a4', file);
  const text = spawnSync(pdftotext, ['-f', '1', '-l', '1', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(text.status, text.stderr).toBe(0);
  const report = assessReadiness(SAMPLE_WORKSHOP);
  const pageOne = words(text.stdout);
  expect(pageOne).toContain(report.verdictLabel);
  expect(pageOne).toContain(words(explainVerdict(report)));
});

test('the summary passes qpdf --check with no errors or warnings', async ({ page }, testInfo) => {
  const qpdf = requireSystemTool('qpdf');
  await seedForPrint(page, [SAMPLE_WORKSHOP]);
  const file = testInfo.outputPath('sample-qpdf.pdf');
  await printToPdf(page, SAMPLE_WORKSHOP.id, 'letter', file);
  const check = spawnSync(qpdf, ['--check', file], { encoding: 'utf8' });
  // qpdf exits 0 when clean, 3 with warnings, 2 with errors.
  expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
  expect(check.stdout).toContain('No syntax or stream encoding errors found');
});

test('the Export menu saves the Markdown, the actions CSV and the PDF, by mouse and by keyboard', async ({ page, problems }) => {
  const workshop = testWorkshop(XSS, { date: '2026-11-26' });
  workshop.room.actions = [{ id: testId(), text: '=SUM(A1) the owner signs', ownerParticipantId: null, ownerName: 'Jürgen Müller', due: '2026-12-04', status: 'open', statusHistory: [] }];
  await seedForPrint(page, [workshop]);
  await page.goto(`./#/workshop/${workshop.id}/setup`);
  // The hostile title is text in the app too.
  await expect(page.locator('.workshop-name')).toContainText(XSS);

  const exportButton = page.getByRole('button', { name: 'Export' });
  await exportButton.click();
  await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
  const markdown = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Summary as Markdown' }).click();
  const md = await markdown;
  expect(md.suggestedFilename()).toBe('2026-11-26 img src=x onerror=alert(1) - Endfirst summary.md');
  const mdText = await (await md.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(mdText.split('\n')[0]).toBe('# \\<img src=x onerror=alert(1)\\>');

  // Keyboard: Arrow Down opens the menu, End goes to the last item, Arrow Up to the one before.
  await exportButton.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitem', { name: 'Actions as CSV' })).toBeFocused();
  const csvDownload = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe('2026-11-26 img src=x onerror=alert(1) - actions.csv');
  const csvText = await (await csv.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(csvText).toBe('\uFEFF"What","Owner","Due","Status"\r\n"\'=SUM(A1) the owner signs","Jürgen Müller","2026-12-04","Open"\r\n');
  await expect(exportButton).toBeFocused();

  // The PDF in a browser: the options dialog, then the print route in a new window with print().
  await page.keyboard.press('ControlOrMeta+p');
  const dialog = page.getByRole('dialog', { name: 'Export summary PDF' });
  await dialog.getByRole('radio', { name: 'US Letter' }).check();
  await dialog.getByRole('checkbox', { name: /facilitator notes/ }).check();
  const popupPromise = page.waitForEvent('popup');
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  const popup = await popupPromise;
  expect(new URL(popup.url()).hash).toBe(`#/print/${workshop.id}?paper=letter&facilitatorNotes=1&autoprint=1`);
  await expect(popup.locator('html[data-print-ready="true"]')).toHaveCount(1);
  await expect(dialog).toHaveCount(0);
  await popup.close();
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});

test('on the desktop the PDF is saved by main and can be shown in its folder', async ({ page }) => {
  const workshop = testWorkshop('Invoice triage', { date: '2026-11-26' });
  await installFakeDesktopBridge(page);
  await seedForPrint(page, [workshop]);
  await page.goto(`./#/workshop/${workshop.id}/setup`);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Summary PDF…' }).click();
  await page.getByRole('dialog', { name: 'Export summary PDF' }).getByRole('button', { name: 'Export PDF' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Saved “2026-11-26 Invoice triage - Endfirst summary.pdf”' });
  await expect(toast).toBeVisible();
  expect((await bridgeCalls(page, 'exportSummaryPdf')).map((call) => call.args[0])).toEqual([
    { workshopId: workshop.id, title: 'Invoice triage', date: '2026-11-26', paper: 'a4', includeFacilitatorNotes: false, includeAppendix: true },
  ]);
  await toast.getByRole('button', { name: 'Show in folder' }).click();
  expect((await bridgeCalls(page, 'showExportedFile')).map((call) => call.args[0])).toEqual([
    '/home/facilitator/Documents/2026-11-26 Invoice triage - Endfirst summary.pdf',
  ]);
});
