import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { createWorkshop } from '../../../shared/domain/create-workshop';
import { WorkshopSchema } from '../../../shared/domain/workshop';
import { addTimerMinutes, startTimer } from '../../../shared/room/timer';
import { changeStageTimer, enterStageInDraft } from '../../../renderer/src/features/timer/room-edits';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);

function workshop() {
  return createWorkshop({ id: crypto.randomUUID(), now: new Date(T0).toISOString(), template: 'full', title: 'Handover', newId: () => crypto.randomUUID() });
}

/** The helpers run inside the same immer recipe as the real edit, and what they leave must still validate. */
describe('timer edits inside an immer recipe', () => {
  it('a timer button on a fresh workshop sets the stage timer and changes nothing else', () => {
    const before = workshop();
    const after = produce(before, (draft) => changeStageTimer(draft.room, 'setup', T0, (timer) => addTimerMinutes(timer, 5)));
    expect(after.room.timer).toEqual({ stageId: 'setup', durationMs: 15 * MIN, startedAt: null, elapsedBeforeMs: 0 });
    expect(after.room.agenda).toBe(before.room.agenda);
    expect(WorkshopSchema.safeParse(after).success).toBe(true);
  });

  it('moving stages books the running time to the stage left and keeps the timer running', () => {
    const running = produce(workshop(), (draft) => changeStageTimer(draft.room, 'setup', T0, (timer) => startTimer(timer, T0)));
    const moved = produce(running, (draft) => {
      draft.meta.currentStage = 'end-state';
      enterStageInDraft(draft.room, 'end-state', T0 + 12 * MIN);
    });
    expect(moved.room.agenda.blocks[0]?.spentMs).toBe(12 * MIN);
    expect(moved.room.agenda.blocks.slice(1)).toEqual(running.room.agenda.blocks.slice(1));
    expect(moved.room.timer).toEqual({ stageId: 'end-state', durationMs: 25 * MIN, startedAt: T0 + 12 * MIN, elapsedBeforeMs: 0 });
    expect(WorkshopSchema.safeParse(moved).success).toBe(true);
  });
});
