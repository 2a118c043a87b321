import path from 'node:path';
import { exportFileName } from '../../shared/export/file-names';
import { printRouteHash } from '../../shared/export/print-route';
import type { PdfExportRequest, PdfExportResult } from '../../shared/ipc';

/**
 * "Export PDF…" in main: save dialog → a hidden window loads the print route → it signals "ready
 * to print" → printToPDF → the file is written to a temporary name and renamed into place, so a
 * full disk never leaves half a PDF where the facilitator expects one. Every Electron and disk
 * dependency is passed in, so each failure (cancel, ENOSPC, a renderer that never gets ready) is
 * unit-tested with fakes (test/unit/electron/pdf-export.test.ts).
 */

export const PRINT_READY_TIMEOUT_MS = 30_000;

/**
 * The printToPDF options the export uses. Tagging gives the PDF a structure tree (headings, tables,
 * lists) that screen readers and archive checks (PDF/UA) read; the outline turns the summary's
 * headings into bookmarks, so a long summary can be navigated in any viewer.
 */
export interface PrintToPdfOptions {
  pageSize: 'A4' | 'Letter';
  printBackground: boolean;
  preferCSSPageSize: boolean;
  generateTaggedPDF: boolean;
  generateDocumentOutline: boolean;
}

export function printToPdfOptions(paper: PdfExportRequest['paper']): PrintToPdfOptions {
  return { pageSize: paper === 'letter' ? 'Letter' : 'A4', printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true };
}

/** The part of a hidden BrowserWindow the export uses. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  printToPDF(options: PrintToPdfOptions): Promise<Uint8Array>;
  destroy(): void;
}

export interface PdfExportFs {
  writeFile(file: string, data: Uint8Array, options: { flag: 'wx' }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: true }): Promise<void>;
  exists(file: string): Promise<boolean>;
}

export interface Timer {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface PdfExportDeps {
  /** Resolves with the chosen path, or null when the facilitator cancels. */
  readonly showSaveDialog: (defaultPath: string) => Promise<string | null>;
  readonly createPrintWindow: () => PrintWindow;
  readonly fs: PdfExportFs;
  /** Where the renderer's index.html is served, e.g. `app://endfirst/index.html`. */
  readonly rendererUrl: string;
  /** Asked at export time: Electron's paths are only certain once the app is ready. */
  readonly defaultFolder: () => string;
  /** An unguessable id per export, so only the window we opened can say it is ready. */
  readonly newJobId: () => string;
  readonly timer: Timer;
  readonly timeoutMs?: number;
  readonly revealFile: (filePath: string) => void;
  readonly pid: number;
}

/** A message a facilitator can act on, for the errors a disk actually gives. */
export function describePdfWriteError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOSPC':
      return 'The PDF was not saved: the disk is full. Free some space, or choose another drive, and export again.';
    case 'EACCES':
    case 'EPERM':
      return 'The PDF was not saved: Endfirst is not allowed to write to that folder. Choose another folder.';
    case 'EROFS':
      return 'The PDF was not saved: that folder is on a read-only disk. Choose another folder.';
    case 'EBUSY':
      return 'The PDF was not saved: a file with that name is open in another program. Close it, or choose another name.';
    default:
      return `The PDF was not saved: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export function createPdfExporter(deps: PdfExportDeps) {
  const timeoutMs = deps.timeoutMs ?? PRINT_READY_TIMEOUT_MS;
  /** Export jobs waiting for their window's "ready" signal. */
  const waiting = new Map<string, (found: boolean) => void>();
  /** Files this process wrote: the only paths "Show in folder" may reveal. */
  const written = new Set<string>();

  function waitForReady(job: string): { ready: Promise<boolean>; cancel: () => void } {
    let handle: unknown;
    const ready = new Promise<boolean>((resolve, reject) => {
      waiting.set(job, resolve);
      handle = deps.timer.setTimeout(() => {
        waiting.delete(job);
        reject(
          new Error(
            `The summary did not finish rendering within ${Math.round(timeoutMs / 1000)} seconds, so no PDF was saved. ` +
              'Try again; if it keeps happening, export without the appendix.',
          ),
        );
      }, timeoutMs);
    });
    // Observed here so a rejection that loses a race is never reported as unhandled.
    ready.catch(() => undefined);
    return {
      ready,
      cancel: () => {
        waiting.delete(job);
        deps.timer.clearTimeout(handle);
      },
    };
  }

  async function render(request: PdfExportRequest): Promise<Uint8Array> {
    const job = deps.newJobId();
    const window = deps.createPrintWindow();
    const { ready, cancel } = waitForReady(job);
    try {
      const hash = printRouteHash(request.workshopId, request, { job });
      // The timeout covers a page that never loads as well as one that never gets ready.
      const loaded = window.loadURL(`${deps.rendererUrl}${hash}`);
      // When the ready signal (or the timeout) wins, destroy() aborts the load: that rejection is expected.
      loaded.catch(() => undefined);
      const found = await Promise.race([loaded.then(() => ready), ready]);
      if (!found) throw new Error('The workshop could not be found for printing. It may have been deleted; no PDF was saved.');
      return await window.printToPDF(printToPdfOptions(request.paper));
    } finally {
      cancel();
      window.destroy();
    }
  }

  async function writeAtomically(filePath: string, data: Uint8Array): Promise<void> {
    const tempPath = `${filePath}.${deps.pid}.tmp`;
    try {
      await deps.fs.writeFile(tempPath, data, { flag: 'wx' });
      await deps.fs.rename(tempPath, filePath);
    } catch (error) {
      await deps.fs.rm(tempPath, { force: true }).catch(() => undefined);
      throw new Error(describePdfWriteError(error));
    }
  }

  return {
    async exportSummaryPdf(request: PdfExportRequest): Promise<PdfExportResult> {
      const defaultPath = path.join(deps.defaultFolder(), exportFileName(request, 'summary-pdf'));
      const chosen = await deps.showSaveDialog(defaultPath);
      if (chosen === null) return { status: 'cancelled' };
      const addsExtension = path.extname(chosen).toLowerCase() !== '.pdf';
      const filePath = addsExtension ? `${chosen}.pdf` : chosen;
      // The dialog asked about replacing `chosen`, not `chosen.pdf` (GTK does not add the
      // extension itself): never overwrite a file nobody was asked about.
      if (addsExtension && (await deps.fs.exists(filePath))) {
        throw new Error(`“${path.basename(filePath)}” already exists in that folder. Export again and choose another name, or pick that file in the dialog to replace it.`);
      }
      const pdf = await render(request);
      await writeAtomically(filePath, pdf);
      written.add(filePath);
      return { status: 'saved', filePath, bytes: pdf.byteLength };
    },

    /** From the print route; false for a job nobody is waiting for (late, or not ours). */
    signalPrintReady(job: string, found: boolean): boolean {
      const resolve = waiting.get(job);
      if (resolve === undefined) return false;
      waiting.delete(job);
      resolve(found);
      return true;
    },

    showExportedFile(filePath: string): boolean {
      if (!written.has(filePath)) return false;
      deps.revealFile(filePath);
      return true;
    },
  };
}

export type PdfExporter = ReturnType<typeof createPdfExporter>;
