import type { StageTimer } from '../domain/room';

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
