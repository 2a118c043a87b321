import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPdfExporter, PRINT_READY_TIMEOUT_MS, printToPdfOptions, type PdfExportDeps, type PdfExportFs, type PrintWindow } from '../../../electron/main/pdf-export';
import type { PdfExportRequest } from '../../../shared/ipc';

const REQUEST: PdfExportRequest = {
  workshopId: '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b',
  title: 'Invoice triage',
  date: '2026-11-26',
  paper: 'letter',
  includeFacilitatorNotes: false,
  includeAppendix: true,
};
const PDF = new TextEncoder().encode('%PDF-1.7 fake');
const CHOSEN = '/home/jo/Documents/2026-11-26 Invoice triage - Endfirst summary.pdf';

/** An in-memory disk that can fail the way real disks do. */
function fakeDisk(failure?: 'ENOSPC') {
  const files = new Map<string, Uint8Array>();
  const fs: PdfExportFs = {
    writeFile: async (file, data) => {
      if (failure) {
        files.set(file, data.slice(0, 3)); // the disk filled up part-way through
        throw Object.assign(new Error(`${failure}: no space left on device`), { code: failure });
      }
      files.set(file, data);
    },
    rename: async (from, to) => {
      const data = files.get(from);
      if (!data) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      files.delete(from);
      files.set(to, data);
    },
    rm: async (file) => void files.delete(file),
    exists: async (file) => files.has(file),
  };
  return { fs, files };
}

/** A hidden window whose page signals "ready" (through the exporter) when told to. */
function setUp(options: { chosen?: string | null; failure?: 'ENOSPC'; signal?: 'ready' | 'missing' | 'never' } = {}) {
  const disk = fakeDisk(options.failure);
  const loadedUrls: string[] = [];
  const printed: unknown[] = [];
  const window: PrintWindow & { destroyed: boolean } = {
    destroyed: false,
    loadURL: async (url) => {
      loadedUrls.push(url);
      const job = /[?&]job=([^&]+)/.exec(url)?.[1];
      // The renderer answers after the page has loaded, like PrintScreen does.
      if (job && options.signal !== 'never') queueMicrotask(() => exporter.signalPrintReady(decodeURIComponent(job), options.signal !== 'missing'));
    },
    printToPDF: async (printOptions) => {
      printed.push(printOptions);
      return PDF;
    },
    destroy() {
      this.destroyed = true;
    },
  };
  const revealFile = vi.fn();
  const deps: PdfExportDeps = {
    showSaveDialog: vi.fn(async () => (options.chosen === undefined ? CHOSEN : options.chosen)),
    createPrintWindow: () => window,
    fs: disk.fs,
    rendererUrl: 'app://endfirst/index.html',
    defaultFolder: () => '/home/jo/Documents',
    newJobId: () => 'job-1',
    timer: { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (handle) => clearTimeout(handle as number) },
    revealFile,
    pid: 42,
  };
  const exporter = createPdfExporter(deps);
  return { exporter, deps, disk, window, loadedUrls, printed, revealFile };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the printToPDF options', () => {
  it.each([
    ['a4', 'A4'],
    ['letter', 'Letter'],
  ] as const)('%s paper prints as %s, tagged, with the headings as bookmarks, on the page size the CSS sets', (paper, pageSize) => {
    expect(printToPdfOptions(paper)).toEqual({ pageSize, printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true });
  });
});

describe('exporting the summary PDF', () => {
  it('offers a dated default name and returns quietly when the dialog is cancelled', async () => {
    const { exporter, deps, disk, loadedUrls } = setUp({ chosen: null });
    await expect(exporter.exportSummaryPdf(REQUEST)).resolves.toEqual({ status: 'cancelled' });
    expect(deps.showSaveDialog).toHaveBeenCalledWith('/home/jo/Documents/2026-11-26 Invoice triage - Endfirst summary.pdf');
    expect(loadedUrls).toEqual([]);
    expect(disk.files.size).toBe(0);
  });

  it('prints the route once it is ready and writes the file atomically (temp file, then rename)', async () => {
    const { exporter, disk, window, loadedUrls, printed, deps } = setUp();
    const writes: string[] = [];
    const write = disk.fs.writeFile;
    const rename = disk.fs.rename;
    deps.fs.writeFile = async (file, data, flags) => (writes.push(`write ${file} ${flags.flag}`), write(file, data, flags));
    deps.fs.rename = async (from, to) => (writes.push(`rename ${from} -> ${to}`), rename(from, to));

    await expect(exporter.exportSummaryPdf(REQUEST)).resolves.toEqual({ status: 'saved', filePath: CHOSEN, bytes: PDF.byteLength });
    expect(loadedUrls).toEqual([`app://endfirst/index.html#/print/${REQUEST.workshopId}?paper=letter&job=job-1`]);
    expect(printed).toEqual([{ pageSize: 'Letter', printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true }]);
    expect(writes).toEqual([`write ${CHOSEN}.42.tmp wx`, `rename ${CHOSEN}.42.tmp -> ${CHOSEN}`]);
    expect([...disk.files.keys()]).toEqual([CHOSEN]);
    expect(disk.files.get(CHOSEN)).toEqual(PDF);
    expect(window.destroyed).toBe(true);
  });

  it('adds .pdf when the chosen name has no extension', async () => {
    const { exporter } = setUp({ chosen: '/tmp/summary' });
    await expect(exporter.exportSummaryPdf(REQUEST)).resolves.toMatchObject({ filePath: '/tmp/summary.pdf' });
  });

  it('never overwrites a file the dialog did not ask about when it adds .pdf itself', async () => {
    const { exporter, disk, loadedUrls } = setUp({ chosen: '/home/jo/Documents/report' });
    const existing = new TextEncoder().encode('the board pack');
    disk.files.set('/home/jo/Documents/report.pdf', existing);
    await expect(exporter.exportSummaryPdf(REQUEST)).rejects.toThrow('“report.pdf” already exists in that folder');
    expect(disk.files.get('/home/jo/Documents/report.pdf')).toBe(existing);
    expect(loadedUrls).toEqual([]);
  });

  it('says the disk is full on ENOSPC and leaves no partial file behind', async () => {
    const { exporter, disk, window } = setUp({ failure: 'ENOSPC' });
    await expect(exporter.exportSummaryPdf(REQUEST)).rejects.toThrow(
      'The PDF was not saved: the disk is full. Free some space, or choose another drive, and export again.',
    );
    expect(disk.files.size).toBe(0);
    expect(window.destroyed).toBe(true);
  });

  it('gives up after 30 seconds when the renderer never signals ready, and closes the window', async () => {
    vi.useFakeTimers();
    const { exporter, disk, window, printed } = setUp({ signal: 'never' });
    const outcome = exporter.exportSummaryPdf(REQUEST).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(PRINT_READY_TIMEOUT_MS - 1);
    expect(window.destroyed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/did not finish rendering within 30 seconds, so no PDF was saved/);
    expect(printed).toEqual([]);
    expect(disk.files.size).toBe(0);
    expect(window.destroyed).toBe(true);
    // A late signal for the abandoned job is not accepted.
    expect(exporter.signalPrintReady('job-1', true)).toBe(false);
  });

  it('refuses to print a workshop the print route could not find', async () => {
    const { exporter, printed } = setUp({ signal: 'missing' });
    await expect(exporter.exportSummaryPdf(REQUEST)).rejects.toThrow(/could not be found/);
    expect(printed).toEqual([]);
  });

  it('ignores a ready signal for a job nobody is waiting for', () => {
    expect(setUp().exporter.signalPrintReady('forged', true)).toBe(false);
  });
});

describe('Show in folder', () => {
  it('reveals only a file this process just wrote', async () => {
    const { exporter, revealFile } = setUp();
    expect(exporter.showExportedFile(CHOSEN)).toBe(false);
    await exporter.exportSummaryPdf(REQUEST);
    expect(exporter.showExportedFile('/etc/passwd')).toBe(false);
    expect(exporter.showExportedFile(CHOSEN)).toBe(true);
    expect(revealFile).toHaveBeenCalledTimes(1);
    expect(revealFile).toHaveBeenCalledWith(CHOSEN);
  });
});
