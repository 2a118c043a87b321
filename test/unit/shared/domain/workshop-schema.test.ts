import { describe, expect, it } from 'vitest';
import { formatPath, LIMITS, WorkshopSchema, type Workshop } from '../../../../shared/domain';
import { SAMPLE_WORKSHOP } from '../../../../shared/method';

type Path = (string | number)[];

const clone = (): Workshop => structuredClone(SAMPLE_WORKSHOP);

function set(target: unknown, path: Path, value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1) as string | number] = value;
}

/** Every leaf in the sample with its path: the generic tests below touch every field there is. */
function leaves(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, index]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, key]));
  }
  return [{ path, value }];
}

function objects(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => objects(item, [...path, index]));
  if (typeof value === 'object' && value !== null) {
    return [path, ...Object.entries(value).flatMap(([key, child]) => objects(child, [...path, key]))];
  }
  return [];
}

function firstIssuePath(workshop: unknown): string | undefined {
  const result = WorkshopSchema.safeParse(workshop);
  return result.success ? undefined : formatPath(result.error.issues[0]?.path ?? []);
}

describe('WorkshopSchema', () => {
  it('accepts the sample workshop', () => {
    expect(WorkshopSchema.safeParse(SAMPLE_WORKSHOP).success).toBe(true);
  });

  it.each(objects(SAMPLE_WORKSHOP).map((path) => ({ where: formatPath(path) || '(root)', path })))(
    'refuses an unknown field in $where',
    ({ path }) => {
      const workshop = clone();
      const target = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], workshop);
      (target as Record<string, unknown>).unexpectedField = 'x';
      expect(WorkshopSchema.safeParse(workshop).success).toBe(false);
    },
  );

  const stringLeaves = leaves(SAMPLE_WORKSHOP).filter((leaf) => typeof leaf.value === 'string');
  it.each(stringLeaves.map((leaf) => ({ where: formatPath(leaf.path), path: leaf.path })))(
    'bounds the length of $where',
    ({ path }) => {
      const workshop = clone();
      set(workshop, path, 'x'.repeat(LIMITS.longText + 1));
      expect(firstIssuePath(workshop)).toBe(formatPath(path));
    },
  );

  const numberLeaves = leaves(SAMPLE_WORKSHOP).filter((leaf) => typeof leaf.value === 'number' && leaf.path[0] !== 'schemaVersion');
  it.each(numberLeaves.map((leaf) => ({ where: formatPath(leaf.path), path: leaf.path })))(
    'refuses negative, huge, fractional and infinite numbers in $where',
    ({ path }) => {
      for (const bad of [-1, 1e16, 0.5, Number.POSITIVE_INFINITY, Number.NaN]) {
        const workshop = clone();
        set(workshop, path, bad);
        expect(firstIssuePath(workshop), `value ${bad}`).toBe(formatPath(path));
      }
    },
  );

  const cases: { name: string; change: (w: Workshop) => void; path: string | undefined }[] = [
    { name: 'empty text everywhere is fine (an unfinished plan must save)', change: (w) => { w.meta.title = ''; w.endState.whatRuns = ''; }, path: undefined },
    { name: 'a null where a value may be missing is fine', change: (w) => { w.cost.prototypeCents = null; w.pilot.goNoGoDate = null; }, path: undefined },
    { name: 'a reference to a deleted participant is tolerated', change: (w) => { w.participants.pop(); }, path: undefined },
    { name: 'a 201-character title', change: (w) => { w.meta.title = 'x'.repeat(201); }, path: 'meta.title' },
    { name: 'an unknown team', change: (w) => { set(w, ['participants', 0, 'team'], 'marketing'); }, path: 'participants[0].team' },
    { name: 'an unknown stage', change: (w) => { set(w, ['meta', 'currentStage'], 'kick-off'); }, path: 'meta.currentStage' },
    { name: 'a schemaVersion other than the current one', change: (w) => { set(w, ['schemaVersion'], 99); }, path: 'schemaVersion' },
    { name: 'an impossible date', change: (w) => { w.meta.date = '2026-13-01'; }, path: 'meta.date' },
    { name: 'a date with a time', change: (w) => { w.meta.date = '2026-11-26T09:00:00Z'; }, path: 'meta.date' },
    { name: 'a lowercase currency', change: (w) => { w.cost.currency = 'eur'; }, path: 'cost.currency' },
    { name: 'a horizon of 21 years', change: (w) => { w.cost.horizonYears = 21; }, path: 'cost.horizonYears' },
    { name: 'a vote budget of 11', change: (w) => { set(w, ['room', 'votes', 'sessions', 0, 'budgetPerPerson'], 11); }, path: 'room.votes.sessions[0].budgetPerPerson' },
    { name: 'a vote budget of 0', change: (w) => { set(w, ['room', 'votes', 'sessions', 0, 'budgetPerPerson'], 0); }, path: 'room.votes.sessions[0].budgetPerPerson' },
    { name: 'a stage block without a stage', change: (w) => { set(w, ['room', 'agenda', 'blocks', 0, 'stageId'], null); }, path: 'room.agenda.blocks[0].stageId' },
    { name: 'a facilitator note for an unknown stage', change: (w) => { set(w, ['room', 'facilitatorNotes', 'lunch'], 'x'); }, path: 'room.facilitatorNotes' },
    { name: 'a RACI cell with two letters', change: (w) => { set(w, ['raci', 'activities', 0, 'assignments', w.raci.parties[0]!.id], 'RA'); }, path: `raci.activities[0].assignments["${SAMPLE_WORKSHOP.raci.parties[0]!.id}"]` },
    { name: 'too many participants', change: (w) => { w.participants = Array.from({ length: LIMITS.participants + 1 }, (_, i) => ({ ...w.participants[0]!, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` })); }, path: 'participants' },
    { name: 'a participant id reused as a note id', change: (w) => { w.room.notes[0]!.id = w.participants[0]!.id; }, path: 'room.notes[0].id' },
    { name: 'the workshop id reused inside it', change: (w) => { w.room.decisions[0]!.id = w.id; }, path: 'room.decisions[0].id' },
    { name: 'a default standard listed twice', change: (w) => { w.standards[1]!.key = w.standards[0]!.key; }, path: 'standards[1].key' },
    { name: 'any number of custom standards', change: (w) => { w.standards[0]!.key = 'custom'; w.standards[1]!.key = 'custom'; }, path: undefined },
    { name: 'a default RACI activity listed twice', change: (w) => { w.raci.activities[1]!.key = w.raci.activities[0]!.key; }, path: 'raci.activities[1].key' },
    { name: 'a person on the transition team twice', change: (w) => { w.transition.members.push({ ...w.transition.members[0]! }); }, path: 'transition.members[4].participantId' },
    { name: 'a week planned twice', change: (w) => { w.transition.weekPlan[1]!.week = 1; }, path: 'transition.weekPlan[1].week' },
  ];

  it.each(cases)('$name → $path', ({ change, path }) => {
    const workshop = clone();
    change(workshop);
    expect(firstIssuePath(workshop)).toBe(path);
  });
});
