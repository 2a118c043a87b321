import { describe, expect, it } from 'vitest';
import type { AgendaBlock, Room, StageTimer } from '../../../../shared/domain/room';
import type { StageId } from '../../../../shared/method/stages';
import { planAgenda } from '../../../../shared/room/agenda-plan';
import { enterStage, stageTimer } from '../../../../shared/room/enter-stage';
import { minimumStageMinutes, previewRebalance } from '../../../../shared/room/rebalance';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);
const stage = (stageId: StageId, minutes: number, spentMin = 0): AgendaBlock => ({ id: stageId, kind: 'stage', stageId, minutes, spentMs: spentMin * MIN });
const pause = (id: string, minutes: number): AgendaBlock => ({ id, kind: 'break', stageId: null, minutes, spentMs: 0 });
const stopped = (stageId: StageId | null, durationMs = 0, elapsedBeforeMs = 0): StageTimer => ({ stageId, durationMs, startedAt: null, elapsedBeforeMs });
const room = (blocks: AgendaBlock[], timer: StageTimer) => ({ agenda: { blocks, startedAt: new Date(T0).toISOString() }, timer }) satisfies Pick<Room, 'agenda' | 'timer'>;

describe('minimumStageMinutes', () => {
  it.each([
    [25, 13],
    [10, 5],
    [8, 5],
    [4, 4],
    [0, 0],
  ])('a %i-minute box shrinks to no less than %i', (minutes, floor) => expect(minimumStageMinutes(minutes)).toBe(floor));
});

describe('previewRebalance', () => {
  const cases: {
    name: string;
    blocks: AgendaBlock[];
    timer: StageTimer;
    at: StageId;
    now: number;
    after: Record<string, number>;
    shortfall: number;
  }[] = [
    {
      name: 'on time: nothing changes',
      blocks: [stage('setup', 10, 10), stage('end-state', 20), stage('cost', 20)],
      timer: stopped('end-state', 20 * MIN, 5 * MIN),
      at: 'end-state',
      now: T0 + 15 * MIN,
      after: {},
      shortfall: 0,
    },
    {
      name: '10 min late from setup: recorded as 20, and the stages ahead give 10 in proportion',
      blocks: [stage('setup', 10, 20), stage('end-state', 20), stage('cost', 30), stage('review', 10)],
      timer: stopped('end-state'),
      at: 'end-state',
      now: T0 + 20 * MIN,
      after: { setup: 20, cost: 22, review: 8 },
      shortfall: 0,
    },
    {
      name: 'the current stage overruns: it keeps what it took, breaks stay while stages can cover',
      blocks: [stage('setup', 10, 10), stage('end-state', 20), pause('b1', 10), stage('cost', 20), stage('review', 20)],
      timer: { stageId: 'end-state', durationMs: 20 * MIN, startedAt: T0 + 10 * MIN, elapsedBeforeMs: 0 },
      at: 'end-state',
      now: T0 + 36 * MIN,
      after: { 'end-state': 26, cost: 17, review: 17 },
      shortfall: 0,
    },
    {
      name: 'stages at their floor: the break gives the rest',
      blocks: [stage('setup', 10, 30), stage('end-state', 20), pause('b1', 10), stage('cost', 10), stage('review', 10)],
      timer: stopped('end-state'),
      at: 'end-state',
      now: T0 + 30 * MIN,
      after: { setup: 30, b1: 0, cost: 5, review: 5 },
      shortfall: 0,
    },
    {
      name: 'impossible: everything ahead at its floor and still late',
      blocks: [stage('setup', 10, 60), stage('end-state', 20), pause('b1', 5), stage('cost', 10)],
      timer: stopped('end-state'),
      at: 'end-state',
      now: T0 + 60 * MIN,
      after: { setup: 60, b1: 0, cost: 5 },
      shortfall: 40,
    },
  ];
  it('changes nothing before the workshop clock starts', () => {
    const blocks = [stage('setup', 10, 30), stage('end-state', 20), stage('cost', 20)];
    const position = { agenda: { blocks, startedAt: null }, timer: stopped('end-state'), currentStageId: 'end-state' as const };
    expect(previewRebalance(position, T0).changes).toEqual([]);
  });

  it.each(cases)('$name', ({ blocks, timer, at, now, after, shortfall }) => {
    const position = { ...room(blocks, timer), currentStageId: at };
    const preview = previewRebalance(position, now);
    expect(Object.fromEntries(preview.changes.map((change) => [change.block.id, change.afterMinutes]))).toEqual(after);
    expect(preview.shortfallMinutes).toBe(shortfall);
    // Whole minutes, never below a floor, and a plan that ends when it was meant to (or says why not).
    for (const block of preview.agenda.blocks) expect(Number.isInteger(block.minutes)).toBe(true);
    const replanned = planAgenda({ ...position, agenda: preview.agenda }, now);
    if (shortfall === 0) {
      expect(preview.projectedFinishAfterMs).toBeLessThanOrEqual(preview.plannedEndMs + MIN);
      expect(Math.abs(replanned.lateMs)).toBeLessThanOrEqual(MIN);
    }
  });
});

describe('enterStage', () => {
  const blocks = [stage('setup', 10), stage('end-state', 20, 4), stage('cost', 20)];

  it.each([
    {
      name: 'a running timer hands its time to the stage it leaves and keeps running',
      timer: { stageId: 'setup', durationMs: 10 * MIN, startedAt: T0, elapsedBeforeMs: MIN } satisfies StageTimer,
      to: 'cost' as StageId,
      spent: [13, 4, 0],
      next: { stageId: 'cost', durationMs: 20 * MIN, startedAt: T0 + 12 * MIN, elapsedBeforeMs: 0 },
    },
    {
      name: 'a paused timer stays paused; returning to a stage gives only what is left of its box',
      timer: stopped('setup', 10 * MIN, 3 * MIN),
      to: 'end-state' as StageId,
      spent: [3, 4, 0],
      next: stopped('end-state', 16 * MIN),
    },
    {
      name: 'the first stage change of a new workshop records nothing',
      timer: stopped(null),
      to: 'end-state' as StageId,
      spent: [0, 4, 0],
      next: stopped('end-state', 16 * MIN),
    },
  ])('$name', ({ timer, to, spent, next }) => {
    const entered = enterStage(room(blocks, timer), to, T0 + 12 * MIN);
    expect(entered.agenda.blocks.map((block) => block.spentMs / MIN)).toEqual(spent);
    expect(entered.timer).toEqual(next);
  });

  it('staying on the same stage changes nothing, and stageTimer reads the stored timer there', () => {
    const stored = room(blocks, { stageId: 'cost', durationMs: 25 * MIN, startedAt: T0, elapsedBeforeMs: 0 });
    expect(enterStage(stored, 'cost', T0 + MIN)).toBe(stored);
    expect(stageTimer(stored, 'cost').durationMs).toBe(25 * MIN);
    expect(stageTimer(stored, 'end-state')).toEqual(stopped('end-state', 16 * MIN));
  });
});
