import { applyPatches, enablePatches, type Patch } from 'immer';
import { create } from 'zustand';
import {
  EMPTY_HISTORY,
  recordEdit,
  takeRedo,
  takeUndo,
  type EditHistory,
  type HistoryStep,
} from '../../../shared/editing/edit-history';
import { admitWorkshop } from '../../../shared/domain/admit-workshop';
import type { Workshop } from '../../../shared/domain/workshop';
import type { EndfirstDatabase } from './database';
import { nowIso } from './ids';
import { putAlreadyChecked } from './write';

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

export function recordWorkshopEdit(
  workshopId: string,
  change: { readonly patches: readonly Patch[]; readonly inversePatches: readonly Patch[]; readonly isTyping: boolean },
): void {
  setHistory(workshopId, recordEdit(historyOf(workshopId), { ...change, at: Date.now() }));
}

/** A whole-record replacement (version restore, import over it): old patches no longer fit. */
export function forgetHistory(workshopId: string): void {
  setHistory(workshopId, EMPTY_HISTORY);
}

export type HistoryOutcome =
  | { readonly kind: 'applied'; readonly workshop: Workshop }
  | { readonly kind: 'nothing' }
  | { readonly kind: 'refused'; readonly reason: string };

export const undoWorkshopEdit = (db: EndfirstDatabase, workshopId: string) =>
  queued(workshopId, () => step(db, workshopId, takeUndo, (entry) => entry.inversePatches));

export const redoWorkshopEdit = (db: EndfirstDatabase, workshopId: string) =>
  queued(workshopId, () => step(db, workshopId, takeRedo, (entry) => entry.patches));

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

async function step(
  db: EndfirstDatabase,
  workshopId: string,
  take: (history: EditHistory) => HistoryStep | null,
  patchesOf: (entry: HistoryStep['entry']) => readonly Patch[],
): Promise<HistoryOutcome> {
  const taken = take(historyOf(workshopId));
  if (!taken) return { kind: 'nothing' };
  const outcome = await db.transaction('rw', db.workshops, db.summaries, async (): Promise<HistoryOutcome> => {
    const current = await db.workshops.get(workshopId);
    if (!current) return { kind: 'refused', reason: 'The workshop is no longer in the library.' };
    let next: Workshop;
    try {
      next = applyPatches(current, [...patchesOf(taken.entry)]);
    } catch {
      return { kind: 'refused', reason: 'The workshop was changed elsewhere since, so that step cannot be taken back.' };
    }
    // Patches replayed on a record another window has changed since could make something invalid:
    // never store that, whatever undo asked for. The whole record goes through the gate (undo is
    // rare enough that the targeted edit check is not worth it here).
    const admitted = admitWorkshop({ ...next, updatedAt: nowIso() }, db.versioning);
    if (!admitted.ok) {
      return { kind: 'refused', reason: 'The workshop was changed elsewhere since, so that step cannot be taken back.' };
    }
    const stored = admitted.workshop;
    await putAlreadyChecked(db, stored);
    return { kind: 'applied', workshop: stored };
  });
  setHistory(workshopId, outcome.kind === 'applied' ? taken.history : EMPTY_HISTORY);
  return outcome;
}
