import { getDatabase } from '../db/instance';
import { createJournal } from './journal';
import { createPendingEdits, replayJournal, type PendingEdits } from './pending-edits';

let instance: PendingEdits | null = null;

/** The app's one set of pending edits, bound to the app's database and journal. */
export function getAutosave(): PendingEdits {
  instance ??= createPendingEdits(getDatabase(), createJournal());
  return instance;
}

export const replayUnsavedEdits = () => replayJournal(getDatabase(), createJournal());

/**
 * Commits everything when the facilitator might be leaving: tab hidden or closed, window
 * blurred (alt-tab to the slides), page hidden. Returns a function that removes the listeners.
 */
export function installFlushTriggers(flushAll: () => Promise<void>): () => void {
  const flush = () => void flushAll();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', flush);
  window.addEventListener('blur', flush);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', flush);
    window.removeEventListener('blur', flush);
  };
}
