import type { Draft } from 'immer';
import { useCallback } from 'react';
import type { Workshop } from '../../../shared/domain/workshop';
import { getDatabase } from '../db/instance';
import { updateWorkshop } from '../db/workshops';
import { showToast } from '../ui/toasts';
import { getAutosave } from './autosave';
import { describeStorageError } from './storage-errors';

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
 * transaction; pending text is flushed first so the two never race on the same record.
 */
export function useWorkshopEdit(workshopId: string) {
  return useCallback(
    async (recipe: (draft: Draft<Workshop>) => void, { isOperational = false }: EditOptions = {}): Promise<void> => {
      try {
        await getAutosave().flushAll();
        await updateWorkshop(getDatabase(), workshopId, recipe, { isUndoable: !isOperational });
      } catch (error) {
        showToast({ message: describeStorageError(error), tone: 'error' });
      }
    },
    [workshopId],
  );
}

export type WorkshopEdit = ReturnType<typeof useWorkshopEdit>;
