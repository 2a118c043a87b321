import { changePlaces, type IdChange } from './id-changes';

/**
 * Undo and redo as a log of changes (what each edit changed, list items addressed by id; see
 * id-changes.ts), not snapshots: an entry for a one-letter change to a 2 MB workshop is a few bytes.
 *
 * The stacks are plain data and every operation returns a new stack, so the rules (coalescing,
 * the size cap, what redo keeps) are tested here without a database.
 */
export interface HistoryEntry {
  /** What the edit changed, with the values before and after: undo puts back one side, redo the other. */
  readonly changes: readonly IdChange[];
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

/** Both edits are typing that only changes values, at exactly the same places: typing on in one field. */
function isSameFieldTyping(previous: HistoryEntry, next: HistoryEntry): boolean {
  if (!previous.isTyping || !next.isTyping) return false;
  const onlyValues = (changes: readonly IdChange[]) => changes.length > 0 && changes.every((change) => change.kind === 'value');
  if (!onlyValues(previous.changes) || !onlyValues(next.changes)) return false;
  return changePlaces(previous.changes) === changePlaces(next.changes);
}

/** The newest values with the oldest ones to go back to: one step for the whole run of typing. */
function mergeTyping(previous: HistoryEntry, next: HistoryEntry): HistoryEntry {
  const oldest = new Map(previous.changes.map((change) => [JSON.stringify(change.path), change]));
  const changes = next.changes.map((change) => {
    const first = oldest.get(JSON.stringify(change.path));
    return change.kind === 'value' && first?.kind === 'value' ? { ...change, before: first.before } : change;
  });
  return { changes, at: next.at, isTyping: true };
}

/** A new edit: it goes on the past stack (folded into the last entry when it continues the same typing) and clears redo. */
export function recordEdit(history: EditHistory, entry: HistoryEntry): EditHistory {
  if (entry.changes.length === 0) return history;
  const last = history.past.at(-1);
  if (last && entry.at - last.at <= COALESCE_WINDOW_MS && isSameFieldTyping(last, entry)) {
    return { past: [...history.past.slice(0, -1), mergeTyping(last, entry)], future: [] };
  }
  return { past: [...history.past, entry].slice(-HISTORY_LIMIT), future: [] };
}

/**
 * This window's own edit kept out of undo (the timer, bookkeeping) changed values that steps
 * also cover: the newest step each way that covers a value now expects what that edit left.
 * Otherwise undo would find the value changed and refuse as if another window had changed it,
 * while the room only started the timer after moving to a stage by mistake.
 */
export function followOwnEdit(history: EditHistory, changes: readonly IdChange[]): EditHistory {
  const left = new Map(changes.flatMap((change) => (change.kind === 'value' ? [[JSON.stringify(change.path), change.after] as const] : [])));
  if (left.size === 0 || (history.past.length === 0 && history.future.length === 0)) return history;
  const rebase = (entries: readonly HistoryEntry[], side: 'before' | 'after') => {
    const pending = new Map(left);
    return entries
      .toReversed()
      .map((entry) => {
        let touched = false;
        const rebased = entry.changes.map((change) => {
          const key = JSON.stringify(change.path);
          if (change.kind !== 'value' || !pending.has(key)) return change;
          touched = true;
          const value = pending.get(key);
          pending.delete(key);
          return { ...change, [side]: value };
        });
        return touched ? { ...entry, changes: rebased } : entry;
      })
      .toReversed();
  };
  // Undo expects the values a past step left (`after`); redo the values an undone step put back (`before`).
  return { past: rebase(history.past, 'after'), future: rebase(history.future, 'before') };
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
