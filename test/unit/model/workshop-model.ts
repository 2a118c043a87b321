import { produce, type Draft } from 'immer';
import type { Workshop } from '../../../shared/domain/workshop';
import { syncDerivedFields } from '../../../shared/editing/derived-fields';
import { pathKey, setAtPath, type FieldPath } from '../../../shared/editing/field-path';
import { COALESCE_WINDOW_MS } from '../../../shared/editing/edit-history';
import { changedCells, cellsOf, takeStep, type CellChanges, type Cells, type Direction } from './cells';

/**
 * What the suite expects of one workshop edited in one window (tab 1), with a second window
 * (tab 2) writing to the same record. Plain data and plain rules: the stored record, the text
 * waiting to be committed, the keystroke journal, and tab 1's undo stacks as cell changes.
 */
export interface TypedEdit {
  readonly workshopId: string;
  readonly path: FieldPath;
  readonly value: string;
  readonly at: number;
}

interface Step {
  readonly changes: CellChanges;
  readonly at: number;
  readonly isTyping: boolean;
}

export interface WorkshopModel {
  record: Workshop;
  /** Tab 1's text not yet committed, in the order it was first typed (Map order, like the app's). */
  pending: Map<string, TypedEdit>;
  /** Entries the journal must still hold: typed and not yet committed. */
  journal: Map<string, TypedEdit>;
  past: Step[];
  future: Step[];
  /** Ids handed out so far; ids are made from this counter so a run replays exactly. */
  idCount: number;
  /** The next write that changes the record fails with QuotaExceededError. */
  quotaArmed: boolean;
  /** The commands run so far, as they resolved (printed with a failure). */
  log: string[];
}

export const newModel = (record: Workshop): WorkshopModel => ({
  record,
  pending: new Map(),
  journal: new Map(),
  past: [],
  future: [],
  idCount: 0,
  quotaArmed: false,
  log: [],
});

export function nextId(model: WorkshopModel): string {
  model.idCount += 1;
  return `00000000-0000-4000-8000-${model.idCount.toString().padStart(12, '0')}`;
}

export const fieldKey = (workshopId: string, path: FieldPath) => `${workshopId}:${pathKey(path)}`;

function sameKeys(a: CellChanges, b: CellChanges): boolean {
  return a.size === b.size && [...a.keys()].every((key) => b.has(key));
}

function recordStep(model: WorkshopModel, changes: CellChanges, isTyping: boolean): void {
  if (changes.size === 0) return;
  const at = Date.now();
  const last = model.past.at(-1);
  const onlyValues = (c: CellChanges) => [...c.keys()].every((key) => !key.endsWith('[]') && !key.endsWith('{}'));
  if (last && isTyping && last.isTyping && at - last.at <= COALESCE_WINDOW_MS && onlyValues(changes) && sameKeys(last.changes, changes)) {
    const merged = new Map([...changes].map(([key, [, after]]) => [key, [last.changes.get(key)![0], after] as const]));
    model.past[model.past.length - 1] = { changes: merged, at, isTyping: true };
  } else {
    model.past.push({ changes, at, isTyping });
  }
  model.future = [];
}

/**
 * Tab 1's own edit outside undo (the timer): for each value it changed, the newest step each way
 * that covers it now expects what it left (undo: the step's after; redo: its before), so undo
 * does not take tab 1's own timer for another window's change.
 */
function followOwnEdit(model: WorkshopModel, changes: CellChanges): void {
  const values = [...changes].filter(([key]) => !key.endsWith('[]') && !key.endsWith('{}'));
  const rebase = (steps: Step[], side: 0 | 1) => {
    const left = new Map(values);
    for (let index = steps.length - 1; index >= 0; index -= 1) {
      const step = steps[index]!;
      const hits = [...step.changes.keys()].filter((key) => left.has(key));
      if (hits.length === 0) continue;
      const rebased = new Map(step.changes);
      for (const key of hits) {
        const [before, after] = rebased.get(key)!;
        const now = left.get(key)![1];
        rebased.set(key, side === 0 ? [now, after] : [before, now]);
        left.delete(key);
      }
      steps[index] = { ...step, changes: rebased };
    }
  };
  rebase(model.past, 1);
  rebase(model.future, 0);
}

export type EditOutcome = 'changed' | 'unchanged' | 'failed';

/** An edit as the app makes it (the recipe, then the derived fields); fails instead when a quota failure is armed. */
export function applyEdit(
  model: WorkshopModel,
  recipe: (draft: Draft<Workshop>) => void,
  { isUndoable, isTyping, isOwn = true }: { readonly isUndoable: boolean; readonly isTyping: boolean; readonly isOwn?: boolean },
): EditOutcome {
  const before = model.record;
  const after = produce(before, (draft) => {
    recipe(draft);
    syncDerivedFields(draft as Workshop);
  });
  if (after === before) return 'unchanged';
  if (model.quotaArmed) {
    model.quotaArmed = false;
    return 'failed';
  }
  model.record = after;
  const changes = changedCells(cellsOf(before), cellsOf(after));
  if (isUndoable) recordStep(model, changes, isTyping);
  else if (isOwn) followOwnEdit(model, changes);
  return 'changed';
}

/** One pending text commit; the journal entry goes only when the commit succeeded. */
function commitTyped(model: WorkshopModel, key: string, edit: TypedEdit, isUndoable: boolean): void {
  const outcome = applyEdit(model, (draft) => void setAtPath(draft, edit.path, edit.value), { isUndoable, isTyping: true });
  if (outcome !== 'failed' && model.journal.get(key)?.at === edit.at) model.journal.delete(key);
}

export function type(model: WorkshopModel, edit: TypedEdit): void {
  const key = fieldKey(edit.workshopId, edit.path);
  model.pending.set(key, edit);
  model.journal.set(key, edit);
}

export function flush(model: WorkshopModel): void {
  const edits = [...model.pending];
  model.pending.clear();
  for (const [key, edit] of edits) commitTyped(model, key, edit, true);
}

/** Tab 1 closes without committing; on start the journal is replayed, oldest first, outside undo. */
export function reload(model: WorkshopModel): void {
  model.pending.clear();
  model.past = [];
  model.future = [];
  const entries = [...model.journal].sort(([, a], [, b]) => a.at - b.at);
  for (const [key, edit] of entries) commitTyped(model, key, edit, false);
}

export type StepPrediction = { readonly kind: 'nothing' } | { readonly kind: 'refused' } | { readonly kind: 'applied'; readonly cells: Cells };

/** What undo or redo must do now; the caller adopts the stored record when it matches. */
export function predictStep(model: WorkshopModel, direction: Direction): StepPrediction {
  const stack = direction === 'undo' ? model.past : model.future;
  const step = stack.at(-1);
  if (!step) return { kind: 'nothing' };
  const cells = takeStep(cellsOf(model.record), step.changes, direction);
  return cells ? { kind: 'applied', cells } : { kind: 'refused' };
}

export function settleStep(model: WorkshopModel, direction: Direction, applied: Workshop | null): void {
  if (!applied) {
    model.past = [];
    model.future = [];
    return;
  }
  model.record = applied;
  if (direction === 'undo') model.future.push(model.past.pop()!);
  else model.past.push(model.future.pop()!);
}

export const cellsOfRecord = (record: Workshop): Cells => cellsOf(record);
export const historySize = (model: WorkshopModel) => ({ past: model.past.length, future: model.future.length });
