import { useState } from 'react';
import { useFailedWrites, writeLog } from './failed-writes';

interface Choice<T> {
  readonly value: T;
  /** The stored value the choice was made against. */
  readonly over: T;
  /** The writes the change started: numbers after `startedAfter`, up to `startedUpTo`. */
  readonly startedAfter: number;
  readonly startedUpTo: number;
}

/**
 * Selects and checkboxes commit straight to IndexedDB, and the stored value comes back a moment
 * later through the live query. Until it does, show what the facilitator chose, so the control
 * never flicks back (and arrow keys in a select are not undone). The choice is shown only while
 * the stored value is still the one it was made against and none of the writes it started has
 * failed: as soon as storage answers, either way, the stored value wins (a refused write is
 * reported by the edit itself, so the control only has to stop claiming it was kept).
 */
export function useOptimisticValue<T>(stored: T): [T, (value: T, write: (value: T) => unknown) => void] {
  const [chosen, setChosen] = useState<Choice<T> | null>(null);
  const failed = useFailedWrites((state) => state.failed);
  const isRefused = chosen !== null && failed.some((write) => write > chosen.startedAfter && write <= chosen.startedUpTo);
  const shown = chosen !== null && !isRefused && Object.is(chosen.over, stored) ? chosen.value : stored;
  const choose = (value: T, write: (value: T) => unknown) => {
    const startedAfter = writeLog.startedSoFar();
    write(value);
    setChosen({ value, over: stored, startedAfter, startedUpTo: writeLog.startedSoFar() });
  };
  return [shown, choose];
}
