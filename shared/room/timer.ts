import type { StageTimer } from '../domain/room';
import { LIMITS } from '../domain/limits';

/**
 * The stage timer is stored as timestamps, never as a ticking number, so a reload, a crash or a
 * second window (the presenter) all read the same time from the same record.
 */
export type TimerTone = 'idle' | 'running' | 'paused' | 'warning' | 'overtime';

export interface TimerReading {
  /** Negative once the time box is used up: the overtime, counting up. */
  readonly remainingMs: number;
  readonly elapsedMs: number;
  readonly isRunning: boolean;
  /** Amber in the last 20% of the box, red past zero. */
  readonly tone: TimerTone;
}

/** The share of the time box after which the timer turns amber. */
export const WARNING_SHARE = 0.2;

export function readTimer(timer: StageTimer, nowMs: number): TimerReading {
  const isRunning = timer.startedAt !== null;
  const runMs = timer.startedAt === null ? 0 : Math.max(0, nowMs - timer.startedAt);
  const elapsedMs = timer.elapsedBeforeMs + runMs;
  const remainingMs = timer.durationMs - elapsedMs;
  let tone: TimerTone;
  if (remainingMs < 0) tone = 'overtime';
  else if (elapsedMs > 0 && remainingMs <= timer.durationMs * WARNING_SHARE) tone = 'warning';
  else if (isRunning) tone = 'running';
  else tone = elapsedMs === 0 ? 'idle' : 'paused';
  return { remainingMs, elapsedMs, isRunning, tone };
}

/** "12:05", or "+3:20" in overtime; hours only when needed ("1:02:09"). */
export function formatTimer(remainingMs: number): string {
  const overtime = remainingMs < 0;
  // Count down in whole seconds the way a kitchen timer does: 0.4 s left still shows 0:01.
  const totalSeconds = overtime ? Math.floor(-remainingMs / 1000) : Math.ceil(remainingMs / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const pad = (value: number) => String(value).padStart(2, '0');
  const clock = hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
  return overtime ? `+${clock}` : clock;
}

/*
 * Operations. Each takes the stored timer and the moment the facilitator acted, and returns the
 * next stored timer; none reads the clock itself, so they are exact to test and to replay.
 */

/** The agenda counts in whole minutes; timers in milliseconds. */
export const MINUTE_MS = 60_000;
const clamp = (value: number, max: number) => Math.min(max, Math.max(0, Math.round(value)));

/** Starts (or resumes) counting from nowMs; a running timer stays as it is. */
export function startTimer(timer: StageTimer, nowMs: number): StageTimer {
  return timer.startedAt === null ? { ...timer, startedAt: clamp(nowMs, LIMITS.epochMs) } : timer;
}

/** Folds the current run into elapsedBeforeMs, so the time used survives the pause. */
export function pauseTimer(timer: StageTimer, nowMs: number): StageTimer {
  if (timer.startedAt === null) return timer;
  const { elapsedMs } = readTimer(timer, nowMs);
  return { ...timer, startedAt: null, elapsedBeforeMs: clamp(elapsedMs, LIMITS.elapsedMs) };
}

export function toggleTimer(timer: StageTimer, nowMs: number): StageTimer {
  return timer.startedAt === null ? startTimer(timer, nowMs) : pauseTimer(timer, nowMs);
}

/** Back to the full box, stopped: a reset is a deliberate "start this stage over". */
export function resetTimer(timer: StageTimer): StageTimer {
  return { ...timer, startedAt: null, elapsedBeforeMs: 0 };
}

/** "+1 min", "+5 min": lengthens the box, so the running countdown simply gains the time. */
export function addTimerMinutes(timer: StageTimer, minutes: number): StageTimer {
  return { ...timer, durationMs: clamp(timer.durationMs + minutes * MINUTE_MS, LIMITS.timerDurationMs) };
}
