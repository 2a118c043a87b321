import type { StageTimer } from '../../../../shared/domain/room';
import { formatTimer, readTimer } from '../../../../shared/room/timer';
import { TIMER_CUES } from '../../../../shared/presenter/presenter-view';
import { useTicker } from '../../ui/useTicker';

export function PresenterTimer({ timer }: { timer: StageTimer }) {
  const now = useTicker(timer.startedAt !== null);
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
