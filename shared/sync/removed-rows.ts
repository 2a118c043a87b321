import { LIST_LABELS } from '../changes/field-labels';
import { excerpt } from '../text';
import { childPattern, ROW_LISTS } from './field-kinds';

/**
 * The delete-vs-edit rule (README.md here): a row deleted on one laptop stays deleted everywhere,
 * even if another laptop edited it meanwhile. Every laptop that still had the row when the
 * deletion arrived keeps its own version in a notice, from which the facilitator can restore it.
 */

export interface RemovedRow {
  /** Where the list is: keys from the workshop's root; a row's key where a list sits inside a row. */
  readonly listPath: readonly string[];
  /** Its place in the list before it was removed, so a restore puts it back there. */
  readonly index: number;
  /** The row as it was here, with this laptop's edits. */
  readonly row: Record<string, unknown>;
  /** The sentence shown to the facilitator. */
  readonly message: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Rows present in `before` (this laptop's plan) and gone from `after` (the plan with the remote update). */
export function removedRows(before: unknown, after: unknown): RemovedRow[] {
  const found: RemovedRow[] = [];
  walk(before, after, '', [], found, before);
  return found;
}

function walk(before: unknown, after: unknown, pattern: string, path: readonly string[], found: RemovedRow[], workshop: unknown): void {
  if (Array.isArray(before)) {
    const key = ROW_LISTS[pattern];
    if (key === undefined || !Array.isArray(after)) return;
    const afterById = new Map<unknown, unknown>(after.filter(isObject).map((row) => [row[key], row]));
    before.forEach((row, index) => {
      if (!isObject(row)) return;
      const kept = afterById.get(row[key]);
      if (kept === undefined) found.push({ listPath: path, index, row, message: removedMessage(pattern, row, workshop) });
      else walk(row, kept, `${pattern}.*`, [...path, String(row[key])], found, workshop);
    });
    return;
  }
  if (!isObject(before) || !isObject(after)) return;
  for (const key of Object.keys(before)) {
    if (key in after) walk(before[key], after[key], childPattern(pattern, key), [...path, key], found, workshop);
  }
}

/** Rows of lists the change descriptions do not name (the room's working material, the meetings). */
const OTHER_NOUNS: Readonly<Record<string, { readonly noun: string; readonly field: string }>> = {
  sessions: { noun: 'Session', field: 'label' },
  readinessTrend: { noun: 'Readiness point', field: 'label' },
  'room.notes': { noun: 'Note', field: 'text' },
  'room.noteGroups': { noun: 'Note group', field: 'label' },
  'room.agenda.blocks': { noun: 'Agenda block', field: 'stageId' },
  'room.votes.sessions': { noun: 'Vote', field: 'stageId' },
};

const article = (noun: string): string => (/^[aeiou]/i.test(noun) ? 'An' : 'A');

/** "A participant, “Lee Park”, was deleted on another laptop. Your version is kept here: restore it to bring it back." */
/** `workshop` is the plan the row was in, so a row that names a participant by id is named in words. */
export function removedMessage(pattern: string, row: Json, workshop: unknown): string {
  const labelled = LIST_LABELS[pattern];
  const other = OTHER_NOUNS[pattern];
  const noun = labelled?.noun ?? other?.noun ?? 'Row';
  const text = other ? row[other.field] : undefined;
  let name = labelled ? labelled.name(row, (isObject(workshop) && Array.isArray(workshop['participants']) ? workshop : { participants: [] }) as never) : typeof text === 'string' && text.trim() ? `“${excerpt(text, 60)}”` : '';
  if (name === '(untitled)' || name === '“”') name = '';
  const named = name === '' ? '' : `, ${name},`;
  return `${article(noun)} ${noun.toLowerCase()}${named} was deleted on another laptop. Your version is kept here: restore it to bring it back.`;
}
