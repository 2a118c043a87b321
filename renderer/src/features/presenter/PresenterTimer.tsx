import { useEffect, useState } from 'react';
import type { StageTimer } from '../../../../shared/domain/room';
import { formatTimer, readTimer } from '../../../../shared/room/timer';
import { TIMER_CUES } from '../../../../shared/presenter/presenter-view';

/** Often enough that the seconds never visibly stall; the time itself comes from stored timestamps. */
const TICK_MS = 250;

export function PresenterTimer({ timer }: { timer: StageTimer }) {
  const now = useNow(timer.startedAt !== null);
  const reading = readTimer(timer, now);
  const cue = TIMER_CUES[reading.tone];
  const clock = formatTimer(reading.remainingMs);
  return (
    <div className={`presenter-timer tone-${reading.tone}`} role="timer" aria-label={`${cue}: ${clock}`}>
      <span className="presenter-timer-clock">{clock}</span>
      <span className="presenter-timer-cue">{cue}</span>
    </div>
  );
}

/** The current time, refreshed while a timer runs; a paused timer needs no ticking. */
function useNow(isTicking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    // A paused or idle reading does not depend on the clock, so only a running timer ticks.
    if (!isTicking) return;
    const interval = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(interval);
  }, [isTicking]);
  return now;
}
