import { LIMITS } from '../domain/limits';
import type { Room, StageTimer } from '../domain/room';
import type { StageId } from '../method/stages';
import { currentBlockIndex, MINUTE_MS } from './agenda-plan';
import { readTimer } from './timer';

/**
 * A fresh timer for a stage: its box minus what the room already spent there on an earlier
 * visit, so coming back to a stage does not hand it a whole new box.
 */
export function timerForStage(room: Pick<Room, 'agenda'>, stageId: StageId): StageTimer {
  const block = room.agenda.blocks[currentBlockIndex(room.agenda.blocks, stageId)];
  const durationMs = block ? Math.max(0, block.minutes * MINUTE_MS - block.spentMs) : 0;
  return { stageId, durationMs: Math.min(durationMs, LIMITS.timerDurationMs), startedAt: null, elapsedBeforeMs: 0 };
}

/** The timer as it stands for this stage: the stored one if it belongs here, else a fresh one. */
export function stageTimer(room: Pick<Room, 'agenda' | 'timer'>, stageId: StageId): StageTimer {
  return room.timer.stageId === stageId ? room.timer : timerForStage(room, stageId);
}

/**
 * The handover when the room moves to another stage: the time the timer measured goes to the
 * agenda block of the stage it leaves, and the timer is set for the new stage, still running if it
 * was (the room does not stop talking because a screen changed).
 */
export function enterStage<R extends Pick<Room, 'agenda' | 'timer'>>(room: R, stageId: StageId, nowMs: number): R {
  const { timer } = room;
  if (timer.stageId === stageId) return room;
  const { elapsedMs, isRunning } = readTimer(timer, nowMs);
  const leaving = timer.stageId === null ? -1 : currentBlockIndex(room.agenda.blocks, timer.stageId);
  // Untouched when nothing was measured, so a first visit leaves the stored agenda as it was.
  const agenda =
    leaving < 0 || elapsedMs <= 0
      ? room.agenda
      : {
          ...room.agenda,
          blocks: room.agenda.blocks.map((block, index) =>
            index === leaving ? { ...block, spentMs: Math.min(LIMITS.elapsedMs, block.spentMs + Math.round(elapsedMs)) } : block,
          ),
        };
  const next = timerForStage({ agenda }, stageId);
  return { ...room, agenda, timer: isRunning ? { ...next, startedAt: nowMs } : next };
}
