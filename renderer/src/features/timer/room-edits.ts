import type { Draft } from 'immer';
import type { Room, StageTimer } from '../../../../shared/domain/room';
import type { StageId } from '../../../../shared/method/stages';
import { assignInPlace } from '../../../../shared/editing/assign-in-place';
import { enterStage } from '../../../../shared/room/enter-stage';

/**
 * The stage handover inside an edit recipe: call it in the same edit that writes
 * draft.meta.currentStage, so the time spent and the new timer land in one transaction.
 */
export function enterStageInDraft(room: Draft<Room>, stageId: StageId, nowMs: number): void {
  const entered = enterStage(room, stageId, nowMs);
  // Field by field, so the undo log holds only what the handover changed (see assignInPlace).
  assignInPlace(room.agenda, entered.agenda);
  assignInPlace(room.timer, entered.timer);
}

/** Applies a timer operation to this stage's timer, first handing over from another stage if needed. */
export function changeStageTimer(
  room: Draft<Room>,
  stageId: StageId,
  nowMs: number,
  operation: (timer: StageTimer, room: Draft<Room>) => StageTimer,
): void {
  enterStageInDraft(room, stageId, nowMs);
  assignInPlace(room.timer, operation(room.timer, room));
}
