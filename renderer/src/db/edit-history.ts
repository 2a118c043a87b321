import { enablePatches } from 'immer';
import { create } from 'zustand';
import {
  EMPTY_HISTORY,
  followOwnEdit,
  recordEdit,
  takeRedo,
  takeUndo,
  type EditHistory,
  type HistoryStep,
} from '../../../shared/editing/edit-history';
import { applyIdChanges, type Direction, type IdChange } from '../../../shared/editing/id-changes';
import { admitWorkshop } from '../../../shared/domain/admit-workshop';
import type { Workshop } from '../../../shared/domain/workshop';
import type { EndfirstDatabase } from './database';
import { nowIso } from './ids';
import { putAlreadyChecked } from './write';

// The write path still needs immer's patches: the edit check (checkEdit) reads what they touched.
enablePatches();

/**
 * Undo history per workshop, for this window's session. It lives in memory on purpose: undo is
 * about the last minutes in the room; older states are in Versions, which survive restarts.
 */
interface HistoryState {
  readonly byWorkshop: Readonly<Record<string, EditHistory>>;
}

export const useEditHistory = create<HistoryState>()(() => ({ byWorkshop: {} }));

const historyOf = (workshopId: string) => useEditHistory.getState().byWorkshop[workshopId] ?? EMPTY_HISTORY;

const setHistory = (workshopId: string, history: EditHistory) =>
  useEditHistory.setState((state) => ({ byWorkshop: { ...state.byWorkshop, [workshopId]: history } }));

export function recordWorkshopEdit(workshopId: string, change: { readonly changes: readonly IdChange[]; readonly isTyping: boolean }): void {
  setHistory(workshopId, recordEdit(historyOf(workshopId), { ...change, at: Date.now() }));
}

/** An edit of this window's that is not a step (the timer running): see followOwnEdit. */
export function followOwnWorkshopEdit(workshopId: string, changes: readonly IdChange[]): void {
  const history = historyOf(workshopId);
  const followed = followOwnEdit(history, changes);
  if (followed !== history) setHistory(workshopId, followed);
}

/** A whole-record replacement (version restore, import over it): old steps no longer fit. */
export function forgetHistory(workshopId: string): void {
  setHistory(workshopId, EMPTY_HISTORY);
}

export type HistoryOutcome =
  | { readonly kind: 'applied'; readonly workshop: Workshop }
  | { readonly kind: 'nothing' }
  | { readonly kind: 'refused'; readonly reason: string };

/** Why a step was refused, as the toast shows it: complete sentences, saying that nothing changed. */
export const refusalReason = {
  changedElsewhere: (direction: Direction) => `This workshop changed in another window; ${direction} was not applied.`,
  gone: (direction: Direction) => `The workshop is no longer in the library; ${direction} was not applied.`,
};

export const undoWorkshopEdit = (db: EndfirstDatabase, workshopId: string) => queued(workshopId, () => step(db, workshopId, 'undo'));

export const redoWorkshopEdit = (db: EndfirstDatabase, workshopId: string) => queued(workshopId, () => step(db, workshopId, 'redo'));

/**
 * One step at a time per workshop: a held Ctrl/Cmd+Z repeats faster than a transaction commits,
 * and two overlapping steps would both take the same entry (redo would add a note twice).
 */
const queues = new Map<string, Promise<unknown>>();
function queued<T>(workshopId: string, run: () => Promise<T>): Promise<T> {
  const previous = queues.get(workshopId) ?? Promise.resolve();
  const next = previous.then(run, run);
  queues.set(workshopId, next.catch(() => undefined));
  return next;
}

const TAKE: Record<Direction, (history: EditHistory) => HistoryStep | null> = { undo: takeUndo, redo: takeRedo };

/**
 * Takes one step against the record as it is now, which another window may have changed since:
 * list rows are found by id, and a step whose changes no longer hold (see id-changes.ts) is
 * refused whole with a message, rather than half applied or applied to the wrong row.
 *
 * A refused step forgets this window's whole history, not only that step: the steps under it were
 * recorded on top of it, and an undo button that refuses again and again, or skips a step, would
 * be harder to follow than one that greys out after saying why. Versions are the way further back.
 */
async function step(db: EndfirstDatabase, workshopId: string, direction: Direction): Promise<HistoryOutcome> {
  const taken = TAKE[direction](historyOf(workshopId));
  if (!taken) return { kind: 'nothing' };
  const outcome = await db.transaction('rw', db.workshops, db.summaries, async (): Promise<HistoryOutcome> => {
    const current = await db.workshops.get(workshopId);
    if (!current) return { kind: 'refused', reason: refusalReason.gone(direction) };
    const next = applyIdChanges(current, taken.entry.changes, direction);
    if (!next) return { kind: 'refused', reason: refusalReason.changedElsewhere(direction) };
    // Each change holds, yet together with what another window did the record could still break a
    // rule across fields: never store that. The whole record goes through the gate (undo is rare
    // enough that the targeted edit check is not worth it here).
    const admitted = admitWorkshop({ ...next, updatedAt: nowIso() }, db.versioning);
    if (!admitted.ok) return { kind: 'refused', reason: refusalReason.changedElsewhere(direction) };
    const stored = admitted.workshop;
    await putAlreadyChecked(db, stored);
    return { kind: 'applied', workshop: stored };
  });
  setHistory(workshopId, outcome.kind === 'applied' ? taken.history : EMPTY_HISTORY);
  return outcome;
}
