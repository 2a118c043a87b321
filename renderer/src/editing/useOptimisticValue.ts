import { useState } from 'react';

/**
 * Selects and checkboxes commit straight to IndexedDB, and the stored value comes back a moment
 * later through the live query. Until it does, show what the facilitator chose, so the control
 * never flicks back (and arrow keys in a select are not undone). The choice is shown only while
 * the stored value is still the one it was made against: as soon as storage answers, it wins.
 */
export function useOptimisticValue<T>(stored: T): [T, (value: T) => void] {
  const [chosen, setChosen] = useState<{ value: T; over: T } | null>(null);
  const shown = chosen !== null && Object.is(chosen.over, stored) ? chosen.value : stored;
  return [shown, (value: T) => setChosen({ value, over: stored })];
}
