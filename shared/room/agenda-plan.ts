import type { Agenda, AgendaBlock, StageTimer } from '../domain/room';
import type { StageId } from '../method/stages';
import { MINUTE_MS, readTimer } from './timer';

export { MINUTE_MS };

export type BlockStatus = 'done' | 'current' | 'upcoming';

export interface PlannedBlock {
  readonly block: AgendaBlock;
  readonly plannedStartMs: number;
  readonly plannedEndMs: number;
  /** Stored time plus the running timer when the room is in this stage now. */
  readonly spentMs: number;
  readonly status: BlockStatus;
  /** What this block still needs from now on: 0 once done, the unspent box otherwise. */
  readonly leftMs: number;
}

export interface AgendaPlan {
  readonly blocks: readonly PlannedBlock[];
  /** agenda.startedAt, or now while the workshop clock has not started. */
  readonly startMs: number;
  readonly hasStarted: boolean;
  readonly totalMinutes: number;
  readonly plannedEndMs: number;
  /** now + what is left of the current block + every block after it. */
  readonly projectedFinishMs: number;
  /** Positive when the room will finish after the planned end; negative when ahead. */
  readonly lateMs: number;
}

export interface RoomPosition {
  readonly agenda: Agenda;
  readonly timer: StageTimer;
  readonly currentStageId: StageId;
}

/** Index of the block the room is in: the first box of the current stage, -1 if it has none. */
export function currentBlockIndex(blocks: readonly AgendaBlock[], stageId: StageId): number {
  return blocks.findIndex((block) => block.kind === 'stage' && block.stageId === stageId);
}

/** Time spent in a block, counting the running timer live while the room is in its stage. */
export function liveSpentMs(block: AgendaBlock, timer: StageTimer, nowMs: number): number {
  const live = block.stageId !== null && timer.stageId === block.stageId ? readTimer(timer, nowMs).elapsedMs : 0;
  return block.spentMs + live;
}

/**
 * The agenda as a schedule: planned clock times from the start, time actually spent, and the
 * projected finish. Blocks before the current one count as done (whatever they took), so the
 * projection is "from here on, as planned".
 */
export function planAgenda({ agenda, timer, currentStageId }: RoomPosition, nowMs: number): AgendaPlan {
  const startedAtMs = agenda.startedAt === null ? Number.NaN : Date.parse(agenda.startedAt);
  const hasStarted = Number.isFinite(startedAtMs);
  const startMs = hasStarted ? startedAtMs : nowMs;
  const current = currentBlockIndex(agenda.blocks, currentStageId);
  let cursor = startMs;
  let projectedFinishMs = nowMs;
  const blocks = agenda.blocks.map((block, index): PlannedBlock => {
    const plannedStartMs = cursor;
    cursor += block.minutes * MINUTE_MS;
    const spentMs = liveSpentMs(block, timer, nowMs);
    // Without a current block (its stage was removed from the agenda), nothing counts as done.
    const status: BlockStatus = index < current ? 'done' : index === current ? 'current' : 'upcoming';
    const leftMs = status === 'done' ? 0 : Math.max(0, block.minutes * MINUTE_MS - spentMs);
    projectedFinishMs += leftMs;
    return { block, plannedStartMs, plannedEndMs: cursor, spentMs, status, leftMs };
  });
  return {
    blocks,
    startMs,
    hasStarted,
    totalMinutes: agenda.blocks.reduce((sum, block) => sum + block.minutes, 0),
    plannedEndMs: cursor,
    projectedFinishMs,
    lateMs: projectedFinishMs - cursor,
  };
}

/** "12 min late", "3 min ahead", "On time": whole minutes, since seconds only add noise. */
export function describeLateness(lateMs: number): string {
  const minutes = Math.round(Math.abs(lateMs) / MINUTE_MS);
  if (minutes === 0) return 'On time';
  return lateMs > 0 ? `${minutes} min late` : `${minutes} min ahead`;
}
