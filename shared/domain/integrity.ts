/**
 * Rules that span more than one field, checked as part of WorkshopSchema so that Dexie writes and
 * imports enforce them alike. Ids must be unique across the whole workshop (not just per list):
 * references such as `refId` then point at exactly one thing, and "Import as a copy" can remap ids
 * with a simple lookup.
 *
 * References that point nowhere (a deleted participant still named as a note's author) are NOT an
 * error: refusing to save a half-edited plan would lose work. Readers treat them as "unknown".
 *
 * Zod runs this refinement even when some fields had continuable problems (e.g. a string too long),
 * so it reads defensively and never assumes a list is really a list.
 */

export type IssuePath = readonly (string | number)[];

export interface IntegrityProblem {
  readonly path: IssuePath;
  readonly message: string;
  /** Where the first copy is, so the message can name both places. */
  readonly firstPath: IssuePath;
}

type Loose = Record<string, unknown>;

const asRecord = (value: unknown): Loose | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : undefined;

const asList = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** Lists whose items carry an `id`, by their path inside the workshop. */
const ID_LISTS: readonly IssuePath[] = [
  ['participants'],
  ['preMortemRisks'],
  ['endState', 'inputVarieties'],
  ['acceptedFindings'],
  ['sessions'],
  ['readinessTrend'],
  ['standards'],
  ['raci', 'parties'],
  ['raci', 'activities'],
  ['transition', 'activities'],
  ['transition', 'exitCriteria'],
  ['transition', 'weekPlan'],
  ['pilot', 'hypotheses'],
  ['room', 'notes'],
  ['room', 'noteGroups'],
  ['room', 'votes', 'sessions'],
  ['room', 'parkingLot'],
  ['room', 'decisions'],
  ['room', 'actions'],
  ['room', 'agenda', 'blocks'],
  ['room', 'openQuestions'],
];

function listAt(root: Loose, path: IssuePath): readonly unknown[] {
  let current: unknown = root;
  for (const key of path) current = asRecord(current)?.[key as string];
  return asList(current);
}

/** Finds repeats of `field` among the items of one list (or of several lists sharing `seen`). */
function findRepeats(
  root: Loose,
  listPath: IssuePath,
  field: string,
  seen: Map<unknown, IssuePath>,
  message: string,
  skip: (value: unknown) => boolean = () => false,
): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  listAt(root, listPath).forEach((item, index) => {
    const value = asRecord(item)?.[field];
    if (value === undefined || skip(value)) return;
    const path = [...listPath, index, field];
    const firstPath = seen.get(value);
    if (firstPath === undefined) seen.set(value, path);
    else problems.push({ path, firstPath, message });
  });
  return problems;
}

/** The only fields these rules read: an edit that changes none of them cannot break them. */
export const INTEGRITY_FIELDS: ReadonlySet<string> = new Set(['id', 'key', 'participantId', 'week']);

export function findIntegrityProblems(workshop: unknown): IntegrityProblem[] {
  const root = asRecord(workshop);
  if (root === undefined) return [];

  const ids = new Map<unknown, IssuePath>([[root.id, ['id']]]);
  const problems = ID_LISTS.flatMap((listPath) =>
    findRepeats(root, listPath, 'id', ids, 'repeats an ID that is already used; every item needs its own ID'),
  );

  const isCustom = (key: unknown) => key === 'custom';
  problems.push(
    ...findRepeats(root, ['standards'], 'key', new Map(), 'lists a default standard that is already in the plan', isCustom),
    ...findRepeats(root, ['raci', 'activities'], 'key', new Map(), 'lists a default activity that is already in the matrix', isCustom),
    ...findRepeats(root, ['transition', 'members'], 'participantId', new Map(), 'lists a person who is already on the transition team'),
    ...findRepeats(root, ['transition', 'weekPlan'], 'week', new Map(), 'plans a week that is already in the week plan'),
  );
  return problems;
}
