import { Redo2, Undo2 } from 'lucide-react';
import { COMMAND_ACCELERATORS, describeAccelerator } from '../../../../shared/commands';
import { isMacPlatform } from '../../host/platform';
import type { useUndoRedo } from './useUndoRedo';

/** Undo and redo in the workshop bar, for people who do not know the shortcuts. */
export function UndoRedoButtons({ history }: { history: ReturnType<typeof useUndoRedo> }) {
  const isMac = isMacPlatform();
  return (
    <div className="button-pair" role="group" aria-label="Undo and redo">
      <button
        type="button"
        className="icon-button"
        aria-label="Undo"
        title={`Undo (${describeAccelerator(COMMAND_ACCELERATORS['edit:undo'], isMac)})`}
        disabled={!history.canUndo}
        onClick={history.undo}
      >
        <Undo2 aria-hidden="true" size={18} />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Redo"
        title={`Redo (${describeAccelerator(COMMAND_ACCELERATORS['edit:redo'], isMac)})`}
        disabled={!history.canRedo}
        onClick={history.redo}
      >
        <Redo2 aria-hidden="true" size={18} />
      </button>
    </div>
  );
}
