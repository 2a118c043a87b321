import type { Workshop } from '../../../../shared/domain/workshop';
import { actionsCsv } from '../../../../shared/export/actions-csv';
import { exportFileName } from '../../../../shared/export/file-names';
import { summaryMarkdown } from '../../../../shared/export/markdown';
import { buildProgress } from '../../../../shared/export/progress-section';
import { DEFAULT_SUMMARY_OPTIONS } from '../../../../shared/export/summary-model';
import { loadBaseline } from '../../db/baseline';
import type { PrintRequest } from '../../../../shared/export/print-route';
import type { HostApi } from '../../host/HostApi';
import { localDate } from '../../db/ids';
import { getDatabase } from '../../db/instance';
import { downloadTextFile } from '../../ui/download';
import { showToast } from '../../ui/toasts';
import { getAutosave } from '../../editing/autosave';
import { exportWorkshop } from '../library';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Commits every field still being typed in, then reads what is stored: an export is never a keystroke behind. */
async function latest(workshopId: string): Promise<Workshop | undefined> {
  await getAutosave().flushAll();
  return getDatabase().workshops.get(workshopId);
}

async function exportText(workshopId: string, kind: 'summary-markdown' | 'actions-csv'): Promise<void> {
  try {
    const workshop = await latest(workshopId);
    if (!workshop) {
      showToast({ message: 'This workshop is no longer in the library, so nothing was exported.', tone: 'error' });
      return;
    }
    const fileName = exportFileName(workshop.meta, kind);
    if (kind === 'summary-markdown') {
      const baseline = await loadBaseline(getDatabase(), workshop);
      const progress = baseline ? buildProgress(baseline, workshop, localDate()) : null;
      downloadTextFile(fileName, summaryMarkdown(workshop, { ...DEFAULT_SUMMARY_OPTIONS, today: localDate() }, progress), 'text/markdown;charset=utf-8');
    }
    else downloadTextFile(fileName, actionsCsv(workshop), 'text/csv;charset=utf-8');
    showToast({ message: `Exported “${fileName}”`, tone: 'success' });
  } catch (error) {
    showToast({ message: `The export failed (${describe(error)}). Nothing was changed.`, tone: 'error' });
  }
}

export const exportMarkdown = (workshopId: string) => exportText(workshopId, 'summary-markdown');
export const exportActionsCsv = (workshopId: string) => exportText(workshopId, 'actions-csv');

export async function exportWorkshopFile(workshopId: string, title: string): Promise<void> {
  await getAutosave().flushAll();
  await exportWorkshop(getDatabase(), workshopId, title);
}

/**
 * The PDF through the host: Electron saves it (save dialog, hidden window, printToPDF); a browser
 * opens the print route for its own print dialog. Resolves with a message for the dialog when it
 * failed, null otherwise (a cancelled save dialog is not a failure).
 */
export async function exportSummaryPdf(host: HostApi, workshopId: string, request: PrintRequest): Promise<string | null> {
  try {
    const workshop = await latest(workshopId);
    if (!workshop) return 'This workshop is no longer in the library, so nothing was exported.';
    const outcome = await host.summaryPdf.export({ workshopId, title: workshop.meta.title, date: workshop.meta.date, ...request });
    if (outcome.status === 'saved') {
      const { filePath } = outcome;
      const name = filePath.split(/[\\/]/).at(-1) ?? filePath;
      const showInFolder = host.summaryPdf.showInFolder;
      showToast({
        message: `Saved “${name}”`,
        tone: 'success',
        ...(showInFolder ? { action: { label: 'Show in folder', run: () => void showInFolder(filePath) } } : {}),
      });
    } else if (outcome.status === 'opened') {
      showToast({ message: 'The summary opened in a new window with the print dialog. Choose “Save as PDF” there.', tone: 'info' });
    }
    return null;
  } catch (error) {
    return describe(error);
  }
}
