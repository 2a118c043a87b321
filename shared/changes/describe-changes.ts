import diff from 'microdiff';
import { diffWords } from 'diff';
import { lifecycleOfCost } from '../cost/stored-cost';
import type { Workshop } from '../domain/workshop';
import { formatCentsForExport, formatLongDate } from '../export/format';
import { STAGE_IDS, stageById, type StageId } from '../method/stages';
import { FIELD_LABELS, humanise, LIST_LABELS } from './field-labels';
import { formatUnknown, formatValue } from './format-value';
import { keyedView, patternOf, storedAt, storedValue } from './keyed-view';
import { describeReadinessChange } from './readiness-change';
import type { ChangeGroup, ChangeGroupId, ChangeItem, ChangeReport, Importance, TextPart } from './types';
import { keptInOrder } from '../editing/kept-in-order';

/** Where the fields under each top-level key are edited. */
const GROUP_OF_ROOT: Readonly<Record<string, StageId>> = {
  meta: 'setup',
  participants: 'setup',
  endState: 'end-state',
  preMortemRisks: 'end-state',
  operatingModel: 'operating-model',
  standards: 'standards',
  cost: 'cost',
  raci: 'ownership',
  transition: 'transition',
  pilot: 'pilot',
  acceptedFindings: 'review',
};

/** The room's records live in one drawer ("Parking lot, decisions and actions"), not on a stage. */
export const ROOM_GROUP_TITLE = 'Decisions and actions';

const groupOf = (path: readonly (string | number)[]): ChangeGroupId => GROUP_OF_ROOT[String(path[0])] ?? 'room';

type Path = readonly (string | number)[];

function item(
  path: Path,
  fields: Omit<ChangeItem, 'key' | 'label'> & { readonly key?: string },
): { group: ChangeGroupId; item: ChangeItem } {
  const label = fields.subject ? `${fields.subject}: ${fields.field}` : fields.field;
  return { group: groupOf(path), item: { ...fields, key: fields.key ?? path.join('.'), label } };
}

/** The deepest list item a path is inside, named as a reader knows it: "Standard “Security review”". */
function subjectOf(path: Path, before: Workshop, after: Workshop): string | null {
  for (let end = path.length - 1; end > 0; end -= 1) {
    const list = LIST_LABELS[patternOf(path.slice(0, end - 1))];
    if (!list) continue;
    const itemPath = path.slice(0, end);
    const stored = (storedAt(after, itemPath) ?? storedAt(before, itemPath)) as Record<string, unknown> | undefined;
    const workshop = storedAt(after, itemPath) ? after : before;
    return stored ? `${list.noun} ${list.name(stored, workshop)}` : list.noun;
  }
  return null;
}

const wordParts = (before: string, after: string): TextPart[] =>
  diffWords(before, after).map((part) => ({ text: part.value, change: part.added ? 'added' : part.removed ? 'removed' : 'same' }));

/** A RACI letter's field is the column it sits in, named as the matrix names it. */
function raciColumn(partyId: string, before: Workshop, after: Workshop): string {
  const party = after.raci.parties.find((p) => p.id === partyId) ?? before.raci.parties.find((p) => p.id === partyId);
  return party?.label.trim() || 'A column no longer in the matrix';
}

function describeField(path: Path, oldValue: unknown, newValue: unknown, before: Workshop, after: Workshop) {
  const pattern = patternOf(path);
  const entry = FIELD_LABELS[pattern];
  const last = [...pattern.split('.')].reverse().find((segment) => segment !== '*') ?? pattern;
  const field =
    pattern === 'raci.activities.*.assignments.*' ? raciColumn(String(path.at(-1)), before, after) : (entry?.label ?? humanise(last));
  const show = (value: unknown, workshop: Workshop): string | null =>
    value === undefined || value === null || value === '' ? null : entry ? formatValue(entry.format, value, workshop) : formatUnknown(value);
  const isText = entry?.format === 'long-text' && typeof oldValue === 'string' && typeof newValue === 'string' && oldValue !== '' && newValue !== '';
  return item(path, {
    importance: entry?.importance ?? (entry?.format === 'long-text' ? 3 : 2),
    subject: subjectOf(path, before, after),
    field,
    kind: isText ? 'text' : 'changed',
    before: show(oldValue, before),
    after: show(newValue, after),
    ...(isText ? { parts: wordParts(oldValue, newValue) } : {}),
  });
}

function describeListItem(path: Path, kind: 'added' | 'removed', stored: Record<string, unknown>, workshop: Workshop) {
  const list = LIST_LABELS[patternOf(path.slice(0, -1))];
  const noun = list?.noun ?? humanise(String(path.at(-2)));
  const field = `${noun} ${list ? list.name(stored, workshop) : ''}`.trim();
  return item(path, { importance: list?.importance ?? 2, subject: null, field, kind, before: null, after: null });
}


function describeMoves(before: Workshop, after: Workshop) {
  const moves: { group: ChangeGroupId; item: ChangeItem }[] = [];
  for (const [pattern, list] of Object.entries(LIST_LABELS)) {
    const path = pattern.split('.');
    const beforeItems = (storedAt(before, path) ?? []) as Record<string, unknown>[];
    const afterItems = (storedAt(after, path) ?? []) as Record<string, unknown>[];
    const afterIndex = new Map(afterItems.map((entry, index) => [String(entry[list.key]), index]));
    const common = beforeItems.filter((entry) => afterIndex.has(String(entry[list.key])));
    const positions = common.map((entry) => afterIndex.get(String(entry[list.key])) as number);
    const kept = keptInOrder(positions);
    common.forEach((entry, index) => {
      if (kept.has(index)) return;
      const key = String(entry[list.key]);
      const now = afterItems[positions[index] as number] as Record<string, unknown>;
      moves.push(
        item([...path, key], {
          key: `${pattern}.${key}.order`,
          importance: 3,
          subject: `${list.noun} ${list.name(now, after)}`,
          field: 'Position in the list',
          kind: 'reordered',
          before: String(beforeItems.indexOf(entry) + 1),
          after: String((positions[index] as number) + 1),
        }),
      );
    });
  }
  return moves;
}

/** The cost stage's two conclusions: the lifecycle total and whether the business case covers it. */
function describeCostOutcome(before: Workshop, after: Workshop) {
  const was = lifecycleOfCost(before.cost);
  const now = lifecycleOfCost(after.cost);
  const out: { group: ChangeGroupId; item: ChangeItem }[] = [];
  const total = (cents: number | null, workshop: Workshop) => (cents === null ? null : formatCentsForExport(cents, workshop.cost.currency));
  if (total(was.totalLifecycleCost, before) !== total(now.totalLifecycleCost, after)) {
    out.push(
      item(['cost', 'total'], {
        importance: 1,
        subject: null,
        field: 'Total lifecycle cost',
        kind: 'changed',
        before: total(was.totalLifecycleCost, before),
        after: total(now.totalLifecycleCost, after),
      }),
    );
  }
  if (was.gate.message !== now.gate.message) {
    out.push(item(['cost', 'gate'], { importance: 1, subject: null, field: 'The gate', kind: 'changed', before: was.gate.message, after: now.gate.message }));
  }
  return out;
}

/** Actions that have fallen due since the baseline was taken and are still not done. */
function describeOverdue(before: Workshop, after: Workshop, today: string) {
  const baselineDay = before.updatedAt.slice(0, 10);
  return after.room.actions
    .filter((action) => action.status !== 'done' && action.due !== null && action.due < today && action.due >= baselineDay)
    .map((action) =>
      item(['room', 'actions', action.id, 'overdue'], {
        importance: 1,
        subject: `Action ${LIST_LABELS['room.actions']?.name(action, after) ?? ''}`,
        field: 'Overdue',
        kind: 'changed',
        before: `Due ${formatLongDate(action.due)}`,
        after: 'Not done, and past its due date',
      }),
    );
}

/**
 * What changed from `before` to `after` (two states of one workshop), in plain words: the verdict
 * and the findings behind it, then one group per stage in method order, most important first.
 * `today` ('YYYY-MM-DD') decides which actions are overdue.
 */
export function describeChanges(before: Workshop, after: Workshop, today: string): ChangeReport {
  const found: { group: ChangeGroupId; item: ChangeItem }[] = [];
  for (const change of diff(keyedView(before) as Record<string, unknown>, keyedView(after) as Record<string, unknown>)) {
    const path = change.path;
    const isItem = LIST_LABELS[patternOf(path.slice(0, -1))] !== undefined;
    if (change.type === 'CREATE' && isItem) found.push(describeListItem(path, 'added', storedAt(after, path) as Record<string, unknown>, after));
    else if (change.type === 'REMOVE' && isItem) found.push(describeListItem(path, 'removed', storedAt(before, path) as Record<string, unknown>, before));
    else {
      const oldValue = change.type === 'CREATE' ? undefined : storedValue(change.oldValue);
      const newValue = change.type === 'REMOVE' ? undefined : storedValue(change.value);
      found.push(describeField(path, oldValue, newValue, before, after));
    }
  }
  found.push(...describeMoves(before, after), ...describeCostOutcome(before, after), ...describeOverdue(before, after, today));

  const groups: ChangeGroup[] = [...STAGE_IDS, 'room' as const]
    .map((id) => {
      const items = found
        .map((entry, order) => ({ ...entry, order }))
        .filter((entry) => entry.group === id)
        .sort((a, b) => a.item.importance - b.item.importance || a.order - b.order)
        .map((entry) => entry.item);
      return { id, title: id === 'room' ? ROOM_GROUP_TITLE : stageById(id).title, items };
    })
    .filter((group) => group.items.length > 0);
  return { readiness: describeReadinessChange(before, after), groups, count: found.length };
}

export type { Importance };
