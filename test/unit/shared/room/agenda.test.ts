import { describe, expect, it } from 'vitest';
import type { Agenda, AgendaBlock, StageTimer } from '../../../../shared/domain/room';
import { AgendaSchema } from '../../../../shared/domain/room';
import type { StageId } from '../../../../shared/method/stages';
import { addBreak, moveBreak, removeBreak, setBlockMinutes, startWorkshopClock, timerAfterBoxChange } from '../../../../shared/room/agenda-edit';
import { describeLateness, planAgenda } from '../../../../shared/room/agenda-plan';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);
const stage = (stageId: StageId, minutes: number, spentMin = 0): AgendaBlock => ({ id: stageId, kind: 'stage', stageId, minutes, spentMs: spentMin * MIN });
const pause = (id: string, minutes: number): AgendaBlock => ({ id, kind: 'break', stageId: null, minutes, spentMs: 0 });
const agenda = (blocks: AgendaBlock[], startedAt: number | null = T0): Agenda => ({
  blocks,
  startedAt: startedAt === null ? null : new Date(startedAt).toISOString(),
});
const idle: StageTimer = { stageId: null, durationMs: 0, startedAt: null, elapsedBeforeMs: 0 };
const BLOCKS = [stage('setup', 10, 10), stage('end-state', 20), pause('b1', 10), stage('cost', 20)];

describe('planAgenda', () => {
  const cases: {
    name: string;
    agenda: Agenda;
    timer: StageTimer;
    at: StageId;
    now: number;
    starts: number[];
    projected: number;
    late: number;
    statuses?: string[];
  }[] = [
    {
      name: 'before the clock starts, the plan counts from now',
      agenda: agenda([stage('setup', 10), stage('end-state', 20)], null),
      timer: idle,
      at: 'setup',
      now: T0 + 5 * MIN,
      starts: [5, 15],
      projected: 35,
      late: 0,
    },
    {
      name: 'on time: second stage, timer on its box',
      agenda: agenda(BLOCKS),
      timer: { stageId: 'end-state', durationMs: 20 * MIN, startedAt: T0 + 10 * MIN, elapsedBeforeMs: 0 },
      at: 'end-state',
      now: T0 + 15 * MIN,
      starts: [0, 10, 30, 40],
      projected: 60,
      late: 0,
      statuses: ['done', 'current', 'upcoming', 'upcoming'],
    },
    {
      name: 'the current stage in overtime pushes the finish out',
      agenda: agenda(BLOCKS),
      timer: { stageId: 'end-state', durationMs: 20 * MIN, startedAt: T0 + 10 * MIN, elapsedBeforeMs: 0 },
      at: 'end-state',
      now: T0 + 38 * MIN,
      starts: [0, 10, 30, 40],
      projected: 68,
      late: 8,
    },
    {
      name: 'a late first stage: now is past the planned start of the current one',
      agenda: agenda([stage('setup', 10, 25), stage('end-state', 20), stage('cost', 20)]),
      timer: { stageId: 'end-state', durationMs: 20 * MIN, startedAt: null, elapsedBeforeMs: 0 },
      at: 'end-state',
      now: T0 + 25 * MIN,
      starts: [0, 10, 30],
      projected: 65,
      late: 15,
    },
  ];
  it.each(cases)('$name', ({ agenda: stored, timer, at, now, starts, projected, late, statuses }) => {
    const plan = planAgenda({ agenda: stored, timer, currentStageId: at }, now);
    expect(plan.blocks.map((block) => (block.plannedStartMs - T0) / MIN)).toEqual(starts);
    expect((plan.projectedFinishMs - T0) / MIN).toBe(projected);
    expect(plan.lateMs / MIN).toBe(late);
    if (statuses) expect(plan.blocks.map((block) => block.status)).toEqual(statuses);
  });

  it('counts the running timer into the current block', () => {
    const timer: StageTimer = { stageId: 'end-state', durationMs: 20 * MIN, startedAt: T0 + 10 * MIN, elapsedBeforeMs: 2 * MIN };
    const plan = planAgenda({ agenda: agenda(BLOCKS), timer, currentStageId: 'end-state' }, T0 + 13 * MIN);
    expect(plan.blocks.map((block) => block.spentMs / MIN)).toEqual([10, 5, 0, 0]);
    expect(plan.totalMinutes).toBe(60);
  });

  it.each([
    [0, 'On time'],
    [29_000, 'On time'],
    [12 * MIN, '12 min late'],
    [-3 * MIN, '3 min ahead'],
  ])('describeLateness(%i) is "%s"', (ms, text) => expect(describeLateness(ms)).toBe(text));
});

describe('agenda edits', () => {
  const base = agenda(BLOCKS);
  const ids = (result: ReturnType<typeof moveBreak>) => (result.ok ? result.agenda.blocks.map((block) => block.id) : result.problem);
  it.each([
    ['earlier', ['setup', 'b1', 'end-state', 'cost']],
    ['later', ['setup', 'end-state', 'cost', 'b1']],
  ] as const)('moves a break %s', (direction, expected) => expect(ids(moveBreak(base, 'b1', direction))).toEqual(expected));

  it.each([
    ['a stage', () => moveBreak(base, 'cost', 'earlier'), 'Only breaks can be moved.'],
    ['past the end', () => moveBreak(agenda([stage('setup', 5), pause('b', 5)]), 'b', 'later'), 'This break is already last.'],
    ['text as minutes', () => setBlockMinutes(base, 'cost', 'ten'), 'Enter whole minutes, for example 15.'],
    ['negative minutes', () => setBlockMinutes(base, 'cost', '-5'), 'Enter whole minutes, for example 15.'],
    ['too many minutes', () => setBlockMinutes(base, 'cost', '601'), 'A block can last at most 600 minutes.'],
    ['removing a stage', () => removeBreak(base, 'cost'), 'Only breaks can be removed; a stage keeps its box.'],
  ])('refuses %s with a message', (_name, edit, problem) => expect(edit()).toEqual({ ok: false, problem }));

  it('sets minutes, adds and removes a break, and every result still validates', () => {
    const set = setBlockMinutes(base, 'cost', ' 35 ');
    expect(set.ok && set.agenda.blocks[3]?.minutes).toBe(35);
    const added = addBreak(base, 'setup', 'new-break', 5);
    expect(ids(added)).toEqual(['setup', 'new-break', 'end-state', 'b1', 'cost']);
    const removed = removeBreak(base, 'b1');
    expect(ids(removed)).toEqual(['setup', 'end-state', 'cost']);
    // Readable ids above; real ones are UUIDs, so swap them in before asking the schema.
    const withUuids = (stored: Agenda) => ({ ...stored, blocks: stored.blocks.map((block) => ({ ...block, id: crypto.randomUUID() })) });
    for (const result of [set, added, removed]) expect(result.ok && AgendaSchema.safeParse(withUuids(result.agenda)).success).toBe(true);
    expect(AgendaSchema.parse(withUuids(startWorkshopClock(agenda(BLOCKS, null), T0))).startedAt).toBe('2026-11-26T09:00:00.000Z');
  });
});

describe('timerAfterBoxChange', () => {
  const timer: StageTimer = { stageId: 'end-state', durationMs: 20 * MIN, startedAt: T0, elapsedBeforeMs: 0 };
  it.each([
    ['a longer box of the timed stage lengthens the timer', stage('end-state', 20), 30, 30 * MIN],
    ['a shorter box shortens it', stage('end-state', 20), 5, 5 * MIN],
    ['never below zero', stage('end-state', 20), 0, 0],
    ['another stage leaves it alone', stage('cost', 20), 40, 20 * MIN],
    ['a break leaves it alone', pause('b', 10), 30, 20 * MIN],
  ])('%s', (_name, block, minutes, durationMs) => {
    expect(timerAfterBoxChange(timer, block, minutes)).toEqual({ ...timer, durationMs });
  });
});
