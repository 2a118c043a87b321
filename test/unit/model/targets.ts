import type { Draft } from 'immer';
import { addNote, removeNote } from '../../../renderer/src/features/room/note-recipes';
import { addAction, removeAction } from '../../../renderer/src/features/room/record-recipes';
import { addRisk, removeRisk } from '../../../renderer/src/features/stages/end-state/end-state-recipes';
import { addParticipant, moveParticipant, removeParticipant } from '../../../renderer/src/features/stages/setup/setup-recipes';
import { addStandard, removeStandard } from '../../../renderer/src/features/stages/standards/standards-recipes';
import { addWeekRow } from '../../../renderer/src/features/stages/transition/transition-recipes';
import type { Workshop } from '../../../shared/domain/workshop';
import type { FieldPath } from '../../../shared/editing/field-path';
import { workshopList, type WorkshopRecipe } from '../../../shared/editing/workshop-recipe';

/**
 * What the commands can touch, found in the workshop at the moment a command runs (commands are
 * generated before the run, so they name a list and an index, wrapped onto what exists).
 */
export const LIST_NAMES = ['participants', 'risks', 'standards', 'notes', 'actions', 'weekPlan'] as const;
export type ListName = (typeof LIST_NAMES)[number];

interface ListTarget {
  readonly items: (workshop: Workshop) => readonly { readonly id: string }[];
  readonly add: (id: string, workshop: Workshop, index: number) => WorkshopRecipe;
  readonly remove: (id: string) => WorkshopRecipe;
  /** Absent where the list keeps its own order (the week plan is sorted by week). */
  readonly move?: (id: string, offset: number) => WorkshopRecipe;
}

const byId = <T extends { id: string }>(select: (draft: Draft<Workshop>) => T[]) => workshopList<T>(select);
const riskList = byId((draft) => draft.preMortemRisks);
const standardList = byId((draft) => draft.standards);
const noteList = byId((draft) => draft.room.notes);
const actionList = byId((draft) => draft.room.actions);
const weekList = byId((draft) => draft.transition.weekPlan);

export const LISTS: Record<ListName, ListTarget> = {
  participants: {
    items: (w) => w.participants,
    add: (id) => addParticipant(id),
    remove: removeParticipant,
    move: moveParticipant,
  },
  risks: {
    items: (w) => w.preMortemRisks,
    // The room adds a risk after the one in focus: the new row lands in the middle of the list.
    add: (id, w, index) => addRisk(id, w.preMortemRisks[index % Math.max(1, w.preMortemRisks.length)]?.id),
    remove: removeRisk,
    move: riskList.move,
  },
  standards: { items: (w) => w.standards, add: (id) => addStandard(id), remove: removeStandard, move: standardList.move },
  notes: {
    items: (w) => w.room.notes,
    add: (id) =>
      addNote({ id, stageId: 'end-state', text: '', authorParticipantId: null, createdAt: '2026-12-06T09:00:00.000Z' }),
    remove: removeNote,
    move: noteList.move,
  },
  actions: { items: (w) => w.room.actions, add: (id) => addAction(id, '2026-12-06'), remove: removeAction, move: actionList.move },
  weekPlan: {
    items: (w) => w.transition.weekPlan,
    add: (id, _w, index) => addWeekRow(id, 1 + (index % 12)),
    remove: weekList.remove,
  },
};

export type ListOperation = 'add' | 'remove' | 'move';

/** The recipe for one list edit, or null when the list has nothing to remove or move. */
export function listRecipe(
  workshop: Workshop,
  list: ListName,
  operation: ListOperation,
  index: number,
  offset: number,
  newId: () => string,
): { recipe: WorkshopRecipe; what: string } | null {
  const target = LISTS[list];
  const items = target.items(workshop);
  if (operation === 'add') {
    const id = newId();
    return { recipe: target.add(id, workshop, index), what: `add ${list} ${id.slice(-4)}` };
  }
  const item = items[index % Math.max(1, items.length)];
  if (!item) return null;
  if (operation === 'remove') return { recipe: target.remove(item.id), what: `remove ${list} ${item.id.slice(-4)}` };
  if (!target.move) return null;
  return { recipe: target.move(item.id, offset), what: `move ${list} ${item.id.slice(-4)} by ${offset}` };
}

/** Every text field a facilitator can type into among those the commands reach. */
export function typableFields(workshop: Workshop): FieldPath[] {
  return [
    ['meta', 'title'],
    ['meta', 'organisation'],
    ...workshop.participants.map(({ id }) => ['participants', { id }, 'name']),
    ...workshop.preMortemRisks.map(({ id }) => ['preMortemRisks', { id }, 'text']),
    ...workshop.standards.map(({ id }) => ['standards', { id }, 'name']),
    ...workshop.room.notes.map(({ id }) => ['room', 'notes', { id }, 'text']),
    ...workshop.room.actions.map(({ id }) => ['room', 'actions', { id }, 'text']),
    ...workshop.transition.weekPlan.map(({ id }) => ['transition', 'weekPlan', { id }, 'focus']),
  ];
}

export const describePath = (path: FieldPath) =>
  path.map((step) => (typeof step === 'string' ? step : `#${step.id.slice(-4)}`)).join('.');
