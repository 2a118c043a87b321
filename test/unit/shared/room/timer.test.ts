import { describe, expect, it } from 'vitest';
import type { StageTimer } from '../../../../shared/domain/room';
import {
  addTimerMinutes,
  formatTimer,
  pauseTimer,
  readTimer,
  resetTimer,
  startTimer,
  toggleTimer,
  type TimerTone,
} from '../../../../shared/room/timer';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);
const timer = (over: Partial<StageTimer> = {}): StageTimer => ({ stageId: 'cost', durationMs: 10 * MIN, startedAt: null, elapsedBeforeMs: 0, ...over });

describe('readTimer', () => {
  const cases: [string, StageTimer, number, { remainingMs: number; tone: TimerTone; isRunning: boolean }][] = [
    ['never started', timer(), T0, { remainingMs: 10 * MIN, tone: 'idle', isRunning: false }],
    ['running early on', timer({ startedAt: T0 }), T0 + 2 * MIN, { remainingMs: 8 * MIN, tone: 'running', isRunning: true }],
    ['paused with time used', timer({ elapsedBeforeMs: 3 * MIN }), T0, { remainingMs: 7 * MIN, tone: 'paused', isRunning: false }],
    ['amber at exactly 20% left', timer({ startedAt: T0 }), T0 + 8 * MIN, { remainingMs: 2 * MIN, tone: 'warning', isRunning: true }],
    ['not amber just before 20%', timer({ startedAt: T0 }), T0 + 8 * MIN - 1, { remainingMs: 2 * MIN + 1, tone: 'running', isRunning: true }],
    ['amber when paused in the last 20%', timer({ elapsedBeforeMs: 9 * MIN }), T0, { remainingMs: MIN, tone: 'warning', isRunning: false }],
    ['zero is not yet overtime', timer({ startedAt: T0 }), T0 + 10 * MIN, { remainingMs: 0, tone: 'warning', isRunning: true }],
    ['red past zero, counting up', timer({ startedAt: T0, elapsedBeforeMs: MIN }), T0 + 11 * MIN + 5_000, { remainingMs: -(2 * MIN + 5_000), tone: 'overtime', isRunning: true }],
    ['a clock set backwards never adds time', timer({ startedAt: T0 }), T0 - 5 * MIN, { remainingMs: 10 * MIN, tone: 'running', isRunning: true }],
  ];
  it.each(cases)('%s', (_name, stored, now, expected) => {
    expect(readTimer(stored, now)).toMatchObject(expected);
  });
});

describe('formatTimer', () => {
  it.each([
    [10 * MIN, '10:00'],
    [400, '0:01'],
    [0, '0:00'],
    [-130_000, '+2:10'],
    [-999, '+0:00'],
    [62 * MIN + 9_000, '1:02:09'],
  ])('%i ms reads %s', (ms, text) => expect(formatTimer(ms)).toBe(text));
});

describe('timer operations', () => {
  const cases: [string, StageTimer, (t: StageTimer) => StageTimer, StageTimer][] = [
    ['start a stopped timer', timer(), (t) => startTimer(t, T0), timer({ startedAt: T0 })],
    ['start a running timer changes nothing', timer({ startedAt: T0 }), (t) => startTimer(t, T0 + MIN), timer({ startedAt: T0 })],
    ['pause folds the run into elapsed', timer({ startedAt: T0, elapsedBeforeMs: MIN }), (t) => pauseTimer(t, T0 + 2 * MIN), timer({ elapsedBeforeMs: 3 * MIN })],
    ['pause a paused timer changes nothing', timer({ elapsedBeforeMs: MIN }), (t) => pauseTimer(t, T0), timer({ elapsedBeforeMs: MIN })],
    ['toggle starts', timer(), (t) => toggleTimer(t, T0), timer({ startedAt: T0 })],
    ['toggle pauses', timer({ startedAt: T0 }), (t) => toggleTimer(t, T0 + 30_000), timer({ elapsedBeforeMs: 30_000 })],
    ['reset stops and forgets the time used', timer({ startedAt: T0, elapsedBeforeMs: MIN }), (t) => resetTimer(t), timer()],
    ['+1 min lengthens the box', timer({ startedAt: T0 }), (t) => addTimerMinutes(t, 1), timer({ startedAt: T0, durationMs: 11 * MIN })],
    ['+5 min in overtime', timer({ elapsedBeforeMs: 12 * MIN }), (t) => addTimerMinutes(t, 5), timer({ elapsedBeforeMs: 12 * MIN, durationMs: 15 * MIN })],
    ['the box stops at a day', timer({ durationMs: 24 * 60 * MIN - MIN }), (t) => addTimerMinutes(t, 5), timer({ durationMs: 24 * 60 * MIN })],
  ];
  it.each(cases)('%s', (_name, stored, operation, expected) => {
    expect(operation(stored)).toEqual(expected);
  });

  it('a pause and a resume keep counting from stored timestamps, as after a reload', () => {
    let stored = startTimer(timer(), T0);
    stored = pauseTimer(stored, T0 + 4 * MIN);
    stored = startTimer(JSON.parse(JSON.stringify(stored)) as StageTimer, T0 + 10 * MIN);
    expect(readTimer(stored, T0 + 11 * MIN).remainingMs).toBe(5 * MIN);
  });
});
