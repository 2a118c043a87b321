import type { EndfirstDatabase } from '../../db/database';
import { showToast } from '../../ui/toasts';
import { downloadTextFile } from '../../ui/download';
import { exportAll, exportOne } from './library-queries';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** "Export all": one bundle file of every workshop not in Trash, reported in a toast. */
export async function exportAllWorkshops(db: EndfirstDatabase): Promise<void> {
  try {
    const file = await exportAll(db);
    if (!file) {
      showToast({ message: 'There are no workshops to export yet.', tone: 'info' });
      return;
    }
    downloadTextFile(file.fileName, file.text);
    showToast({ message: `Exported ${file.count} ${file.count === 1 ? 'workshop' : 'workshops'} as “${file.fileName}”`, tone: 'success' });
  } catch (error) {
    showToast({
      message: `The workshops could not be read for export (${describe(error)}). Restore from backup may still have them.`,
      tone: 'error',
    });
  }
}

/** "Export…" of one workshop, as `<date> <title>.endfirst`. */
export async function exportWorkshop(db: EndfirstDatabase, id: string, title: string): Promise<void> {
  try {
    const file = await exportOne(db, id);
    if (!file) {
      showToast({ message: `“${title}” is no longer in the library.`, tone: 'error' });
      return;
    }
    downloadTextFile(file.fileName, file.text);
    showToast({ message: `Exported “${title}” as “${file.fileName}”`, tone: 'success' });
  } catch (error) {
    showToast({ message: `“${title}” could not be exported (${describe(error)}).`, tone: 'error' });
  }
}
