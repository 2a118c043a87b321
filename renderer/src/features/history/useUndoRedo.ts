import { useCallback, useEffect } from 'react';
import { useLocation } from 'wouter';
import { getDatabase } from '../../db/instance';
import { redoWorkshopEdit, undoWorkshopEdit, useEditHistory, type HistoryOutcome } from '../../db/edit-history';
import { useHost } from '../../host/HostContext';
import { isTextEditingTarget } from '../../ui/text-editing';
import { showToast } from '../../ui/toasts';
import { getAutosave } from '../../editing/autosave';
import { describeStorageError } from '../../editing/storage-errors';

export type HistoryDirection = 'undo' | 'redo';

/**
 * Undo and redo of workshop edits for the open workshop: the Edit menu, Ctrl/Cmd+Z and
 * Shift+Ctrl/Cmd+Z, and the buttons in the workshop bar. When the step takes the room back to
 * another stage (a stage change made by mistake), the screen follows.
 */
export function useUndoRedo(workshopId: string, currentStage: string) {
  const host = useHost();
  const [, navigate] = useLocation();
  // Only whether each way is open: every autosave commit records a step, and selecting the whole
  // history would re-render the workshop screen once more per commit.
  const canUndo = useEditHistory((state) => (state.byWorkshop[workshopId]?.past.length ?? 0) > 0);
  const canRedo = useEditHistory((state) => (state.byWorkshop[workshopId]?.future.length ?? 0) > 0);

  const run = useCallback(
    async (direction: HistoryDirection) => {
      let outcome: HistoryOutcome;
      try {
        // Text still waiting to be saved is the newest edit: commit it so undo takes it back first.
        await getAutosave().flushAll();
        const apply = direction === 'undo' ? undoWorkshopEdit : redoWorkshopEdit;
        outcome = await apply(getDatabase(), workshopId);
      } catch (error) {
        showToast({ message: describeStorageError(error), tone: 'error' });
        return;
      }
      if (outcome.kind === 'refused') {
        showToast({ message: outcome.reason, tone: 'error' });
        return;
      }
      if (outcome.kind === 'nothing') return;
      const stage = outcome.workshop.meta.currentStage;
      if (stage !== currentStage) navigate(`/workshop/${workshopId}/${stage}`);
      showToast({ message: direction === 'undo' ? 'Undone.' : 'Redone.', tone: 'info' }, 2500);
    },
    [workshopId, currentStage, navigate],
  );

  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command !== 'edit:undo' && command !== 'edit:redo') return;
        // The native menu takes Ctrl/Cmd+Z before the page does: inside a text field it must
        // still undo the typing, as the standard Edit › Undo would.
        if (isTextEditingTarget(document.activeElement)) {
          document.execCommand(command === 'edit:undo' ? 'undo' : 'redo');
          return;
        }
        void run(command === 'edit:undo' ? 'undo' : 'redo');
      }),
    [host, run],
  );

  return {
    canUndo,
    canRedo,
    undo: () => void run('undo'),
    redo: () => void run('redo'),
  };
}
