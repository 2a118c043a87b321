import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { PaperSize } from '../../shared/export/print-route';
import type { Workshop } from '../../shared/domain/workshop';
import { expect, openApp } from './fixtures';
import { seedWorkshops } from './seed';

/** Seeds the workshops and opens the app once so the database exists. */
export async function seedForPrint(page: Page, workshops: readonly Workshop[]): Promise<void> {
  await openApp(page);
  await seedWorkshops(page, workshops);
}

/**
 * Renders the print route through Chromium's PDF engine (what Electron's printToPDF wraps) and
 * writes the file; the page size comes from the route's @page rule.
 */
export async function printToPdf(page: Page, workshopId: string, paper: PaperSize, file: string, query = ''): Promise<Buffer> {
  await page.goto(`./#/print/${workshopId}?paper=${paper}${query}`);
  await expect(page.locator('html[data-print-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  writeFileSync(file, pdf);
  return pdf;
}

export function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

export function pageSizePoints(file: string): string {
  return /Page size:\s+([\d.]+ x [\d.]+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '';
}

/** The text of every page, whitespace collapsed so wrapped lines read as one run of words. */
