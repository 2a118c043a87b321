import { create } from 'zustand';

/**
 * Numbers every structural write (a select, a checkbox, a button), so a control can tell whether
 * the writes its own change started were refused, even when the change went through a handler
 * that discards the promise. Only the newest failures are kept: a control asks right after its
 * own writes, long before a hundred later ones could push them out.
 */
let startedCount = 0;
const KEPT_FAILURES = 100;

export const useFailedWrites = create<{ readonly failed: readonly number[] }>()(() => ({ failed: [] }));

export const writeLog = {
  /** Called as a write starts; its number is what `failed` reports if it does not land. */
  start: (): number => (startedCount += 1),
  /** How many writes have started so far: a control notes this before and after its change. */
  startedSoFar: (): number => startedCount,
  failed: (write: number) => useFailedWrites.setState(({ failed }) => ({ failed: [...failed.slice(1 - KEPT_FAILURES), write] })),
};
