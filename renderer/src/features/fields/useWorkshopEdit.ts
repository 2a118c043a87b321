import type { Draft } from 'immer';
import { useCallback } from 'react';
import type { Workshop } from '../../../../shared/domain/workshop';
import { getDatabase } from '../../db/instance';
import { updateWorkshop } from '../../db/workshops';
import { showToast } from '../../ui/toasts';
import { getAutosave } from '../autosave/autosave';
import { describeStorageError } from '../storage/storage-errors';

/**
 * Structural edits (add a participant, tick a box, pick from a list) commit at once in one
 * transaction; pending text is flushed first so the two never race on the same record.
 */
export function useWorkshopEdit(workshopId: string) {
  return useCallback(
    async (recipe: (draft: Draft<Workshop>) => void): Promise<void> => {
      try {
        await getAutosave().flushAll();
        await updateWorkshop(getDatabase(), workshopId, recipe);
      } catch (error) {
        showToast({ message: describeStorageError(error), tone: 'error' });
      }
    },
    [workshopId],
  );
}

export type WorkshopEdit = ReturnType<typeof useWorkshopEdit>;
