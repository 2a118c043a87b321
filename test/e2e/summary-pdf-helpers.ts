import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { PaperSize } from '../../shared/export/print-route';
import type { Workshop } from '../../shared/domain/workshop';
import { expect, openApp, test } from './fixtures';
import { seedWorkshops } from './seed';
import { systemTool, type SystemTool } from './pdf-system-tools';

/** Seeds the workshops and opens the app once so the database exists. */
export async function seedForPrint(page: Page, workshops: readonly Workshop[]): Promise<void> {
  await openApp(page);
  await seedWorkshops(page, workshops);
}

/**
 * Renders the print route through Chromium's PDF engine (what Electron's printToPDF wraps) and
 * writes the file; the page size comes from the route's @page rule. Tagged, with the headings as
 * bookmarks, like the desktop export (electron/main/pdf-export.ts).
 */
export async function printToPdf(page: Page, workshopId: string, paper: PaperSize, file: string, query = ''): Promise<Buffer> {
  await page.goto(`./#/print/${workshopId}?paper=${paper}${query}`);
  await expect(page.locator('html[data-print-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  await page.emulateMedia({ media: 'screen' });
  writeFileSync(file, pdf);
  return pdf;
}

/**
 * For a check only a system program can make: its path where it is installed; where it is not, one
 * loud line on the console and the test is reported as skipped (never as passed).
 */
export function requireSystemTool(tool: SystemTool): string {
  const found = systemTool(tool);
  if (found.installed) return found.path;
  console.log(found.skipReason);
  test.skip(true, found.skipReason);
  throw new Error('unreachable: test.skip ends the test');
}
