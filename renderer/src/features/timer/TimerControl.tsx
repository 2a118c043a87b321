import { Bell, BellOff, Pause, Play, RotateCcw } from 'lucide-react';
import { useCallback, useEffect, useRef } from 'react';
import type { Room } from '../../../../shared/domain/room';
import type { StageId } from '../../../../shared/method/stages';
import { stageTimer, timerForStage } from '../../../../shared/room/enter-stage';
import { addTimerMinutes, formatTimer, readTimer, toggleTimer, type TimerTone } from '../../../../shared/room/timer';
import { useHost } from '../../host/HostContext';
import { isMacPlatform } from '../../host/platform';
import type { WorkshopEdit } from '../../editing/useWorkshopEdit';
import { playChime, setChimeEnabled, useChimeEnabled } from './chime';
import { changeStageTimer } from './room-edits';
import { useTicker } from '../../ui/useTicker';
import './timer.css';

/** Words beside the digits, so the state never rests on colour alone. */
const TONE_LABELS: Record<TimerTone, string> = {
  idle: 'Not started',
  running: 'Remaining',
  paused: 'Paused',
  warning: 'Nearly done',
  overtime: 'Overtime',
};

/**
 * The stage countdown in the workshop bar. It reads the stored timestamps on every tick and writes
 * only when the facilitator acts, so a reload or a crash picks up exactly where the room was.
 */
export function TimerControl({ room, stageId, edit }: { room: Room; stageId: StageId; edit: WorkshopEdit }) {
  const host = useHost();
  const timer = stageTimer(room, stageId);
  const now = useTicker(timer.startedAt !== null);
  const reading = readTimer(timer, now);
  const isChimeOn = useChimeEnabled();
  useChimeAtZero(reading.remainingMs, reading.isRunning && isChimeOn);

  const change = useCallback(
    (operation: Parameters<typeof changeStageTimer>[3]) =>
      void edit((draft) => changeStageTimer(draft.room, stageId, Date.now(), operation), { isOperational: true }),
    [edit, stageId],
  );
  const toggle = useCallback(() => change((stored) => toggleTimer(stored, Date.now())), [change]);

  useEffect(() => host.onMenuCommand((command) => command === 'timer:toggle' && toggle()), [host, toggle]);

  const digits = formatTimer(reading.remainingMs);
  return (
    <div className={`stage-timer tone-${reading.tone}`} role="group" aria-label="Stage timer">
      <span className="stage-timer-readout" role="timer" aria-live="off">
        <span className="stage-timer-label">{TONE_LABELS[reading.tone]}</span>{' '}
        <span className="stage-timer-digits">{digits}</span>
      </span>
      <button
        type="button"
        className="icon-button stage-timer-main"
        aria-label={reading.isRunning ? 'Pause timer' : 'Start timer'}
        title={`${reading.isRunning ? 'Pause' : 'Start'} (${isMacPlatform() ? '⌘⇧Space' : 'Ctrl+Shift+Space'})`}
        onClick={toggle}
      >
        {reading.isRunning ? <Pause aria-hidden="true" size={20} /> : <Play aria-hidden="true" size={20} />}
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Reset timer"
        title="Reset to this stage's time box"
        onClick={() => change((_stored, current) => timerForStage(current, stageId))}
      >
        <RotateCcw aria-hidden="true" size={18} />
      </button>
      <button type="button" className="button small stage-timer-add" onClick={() => change((stored) => addTimerMinutes(stored, 1))}>
        +1 min
      </button>
      <button type="button" className="button small stage-timer-add" onClick={() => change((stored) => addTimerMinutes(stored, 5))}>
        +5 min
      </button>
      <button
        type="button"
        className="icon-button"
        aria-pressed={isChimeOn}
        aria-label="Chime at zero"
        title={isChimeOn ? 'Chime at zero: on' : 'Chime at zero: off'}
        onClick={() => {
          setChimeEnabled(!isChimeOn);
          // Let the facilitator hear how loud it is at the moment of choosing.
          if (!isChimeOn) playChime();
        }}
      >
        {isChimeOn ? <Bell aria-hidden="true" size={18} /> : <BellOff aria-hidden="true" size={18} />}
      </button>
    </div>
  );
}

/** Plays the chime once when a running countdown crosses zero (not on reopening in overtime). */
function useChimeAtZero(remainingMs: number, isArmed: boolean) {
  const previous = useRef(remainingMs);
  useEffect(() => {
    if (isArmed && previous.current > 0 && remainingMs <= 0) playChime();
    previous.current = remainingMs;
  }, [remainingMs, isArmed]);
}
