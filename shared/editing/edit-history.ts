import type { Patch } from 'immer';

/**
 * Undo and redo as a log of immer patches (the ones `produceWithPatches` returns for every edit),
 * not snapshots: an entry for a one-letter change to a 2 MB workshop is a few bytes.
 *
 * The stacks are plain data and every operation returns a new stack, so the rules (coalescing,
 * the size cap, what redo keeps) are tested here without a database.
 */
export interface HistoryEntry {
  /** Re-applies the edit. */
  readonly patches: readonly Patch[];
  /** Takes the edit back. */
  readonly inversePatches: readonly Patch[];
  /** Epoch milliseconds of the latest edit folded into this entry. */
  readonly at: number;
  /**
   * A text field committing what is being typed. Only these merge: two stage changes in a row, or
   * two ticks of a checkbox, stay two steps even though they replace the same value.
   */
  readonly isTyping: boolean;
}

export interface EditHistory {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
}

export const EMPTY_HISTORY: EditHistory = { past: [], future: [] };

/** Enough for a whole workshop day of structural edits; text coalesces, so it rarely fills. */
export const HISTORY_LIMIT = 300;

/** Typing pauses shorter than this extend the same entry, so one undo takes back a sentence, not a word. */
export const COALESCE_WINDOW_MS = 2_000;

const pathKey = (patch: Patch) => JSON.stringify(patch.path);

/** Both edits are typing that only replaces values, at exactly the same places: typing on in one field. */
function isSameFieldTyping(previous: HistoryEntry, next: HistoryEntry): boolean {
  if (!previous.isTyping || !next.isTyping) return false;
  const onlyReplaces = (patches: readonly Patch[]) => patches.length > 0 && patches.every((patch) => patch.op === 'replace');
  if (!onlyReplaces(previous.patches) || !onlyReplaces(next.patches)) return false;
  const places = (patches: readonly Patch[]) => [...new Set(patches.map(pathKey))].sort().join('|');
  return places(previous.patches) === places(next.patches);
}

/** A new edit: it goes on the past stack (folded into the last entry when it continues the same typing) and clears redo. */
export function recordEdit(history: EditHistory, entry: HistoryEntry): EditHistory {
  if (entry.patches.length === 0) return history;
  const last = history.past.at(-1);
  if (last && entry.at - last.at <= COALESCE_WINDOW_MS && isSameFieldTyping(last, entry)) {
    // Keep the oldest way back and the newest way forward.
    const merged: HistoryEntry = { patches: entry.patches, inversePatches: last.inversePatches, at: entry.at, isTyping: true };
    return { past: [...history.past.slice(0, -1), merged], future: [] };
  }
  return { past: [...history.past, entry].slice(-HISTORY_LIMIT), future: [] };
}

export interface HistoryStep {
  readonly entry: HistoryEntry;
  /** The stacks once the step has been applied. */
  readonly history: EditHistory;
}

export function takeUndo(history: EditHistory): HistoryStep | null {
  const entry = history.past.at(-1);
  if (!entry) return null;
  return { entry, history: { past: history.past.slice(0, -1), future: [...history.future, entry] } };
}

export function takeRedo(history: EditHistory): HistoryStep | null {
  const entry = history.future.at(-1);
  if (!entry) return null;
  return { entry, history: { past: [...history.past, entry], future: history.future.slice(0, -1) } };
}
