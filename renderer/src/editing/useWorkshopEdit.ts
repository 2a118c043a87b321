import type { Draft } from 'immer';
import { useCallback } from 'react';
import type { Workshop } from '../../../shared/domain/workshop';
import { getDatabase } from '../db/instance';
import { RefusedWriteError } from '../db/refused-write';
import { updateWorkshop } from '../db/workshops';
import { showToast } from '../ui/toasts';
import { getAutosave } from './autosave';
import { describeStorageError } from './storage-errors';
import { writeLog } from './failed-writes';
import { saveStatus } from './save-status';

export interface EditOptions {
  /**
   * Running the timer is operating the room, not changing the plan: such edits (and bookkeeping
   * like creating an empty field) stay out of undo, so Ctrl/Cmd+Z after pausing the timer still
   * takes back the last real change.
   */
  readonly isOperational?: boolean;
}

/**
 * Structural edits (add a participant, tick a box, pick from a list) commit at once in one
 * transaction, in their turn among the text commits: pending text is committed first, and text
 * typed after the edit was asked for is committed after it (so a row made on focus is there).
 * Resolves true once the edit is stored; false when it was refused or storage failed, which has
 * then been said once, in a toast (and in the storage banner when storage itself is the trouble).
 * A caller that announces the result must announce nothing more on false.
 */
export function useWorkshopEdit(workshopId: string) {
  return useCallback(
    async (recipe: (draft: Draft<Workshop>) => void, { isOperational = false }: EditOptions = {}): Promise<boolean> => {
      const write = writeLog.start();
      try {
        await getAutosave().exclusive(() => updateWorkshop(getDatabase(), workshopId, recipe, { isUndoable: !isOperational }));
        saveStatus.saved();
        return true;
      } catch (error) {
        writeLog.failed(write);
        const message = describeStorageError(error);
        if (!(error instanceof RefusedWriteError)) saveStatus.failed(message);
        showToast({ message, tone: 'error' });
        return false;
      }
    },
    [workshopId],
  );
}

export type WorkshopEdit = ReturnType<typeof useWorkshopEdit>;
