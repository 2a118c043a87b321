import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EndfirstDatabase } from '../../../renderer/src/db/database';
import { redoWorkshopEdit, undoWorkshopEdit, useEditHistory } from '../../../renderer/src/db/edit-history';
import { restoreVersion, saveVersion } from '../../../renderer/src/db/versions';
import { commitField, createNewWorkshop, updateWorkshop } from '../../../renderer/src/db/workshops';
import { assignInPlace } from '../../../shared/editing/assign-in-place';
import { addTimerMinutes, pauseTimer, startTimer } from '../../../shared/room/timer';
import { changeStageTimer, enterStageInDraft } from '../../../renderer/src/features/timer/room-edits';
import { freshDatabase, reopenDatabase } from './db-helpers';
import { editInOtherWindow } from './other-window';

let db: EndfirstDatabase;
let other: EndfirstDatabase | undefined;
beforeEach(() => useEditHistory.setState({ byWorkshop: {} }));
afterEach(() => {
  db?.close();
  other?.close();
  other = undefined;
});

async function withWorkshop() {
  let indexedDB;
  ({ db, indexedDB } = freshDatabase());
  // Another window: a second connection to the same database, with no history of its own here.
  other = reopenDatabase(indexedDB);
  return createNewWorkshop(db, { template: 'full', title: 'Invoice triage' });
}

const person = (id: string, name: string) => ({ id, name, role: '', team: 'operations' as const, present: true });
const ids = ['00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000a2', '00000000-0000-4000-8000-0000000000a3'];

const note = (id: string, text: string) => ({
  id,
  stageId: 'end-state' as const,
  text,
  authorParticipantId: null,
  groupId: null,
  createdAt: '2026-11-26T09:00:00.000Z',
});

describe('undo and redo of workshop edits', () => {
  it('brings back a deleted note and takes it away again on redo', async () => {
    const workshop = await withWorkshop();
    const id = '00000000-0000-4000-8000-00000000000a';
    await updateWorkshop(db, workshop.id, (draft) => {
      draft.room.notes.push(note(id, 'Who signs off the model?'));
    });
    await updateWorkshop(db, workshop.id, (draft) => {
      draft.room.notes = draft.room.notes.filter((n) => n.id !== id);
    });
    expect((await db.workshops.get(workshop.id))?.room.notes).toEqual([]);

    expect((await undoWorkshopEdit(db, workshop.id)).kind).toBe('applied');
    expect((await db.workshops.get(workshop.id))?.room.notes.map((n) => n.text)).toEqual(['Who signs off the model?']);
    expect((await db.summaries.get(workshop.id))?.title).toBe('Invoice triage');

    expect((await redoWorkshopEdit(db, workshop.id)).kind).toBe('applied');
    expect((await db.workshops.get(workshop.id))?.room.notes).toEqual([]);
  });

  it('reverses a stage change', async () => {
    const workshop = await withWorkshop();
    await updateWorkshop(db, workshop.id, (draft) => {
      draft.meta.currentStage = 'standards';
    });
    const outcome = await undoWorkshopEdit(db, workshop.id);
    expect(outcome.kind === 'applied' && outcome.workshop.meta.currentStage).toBe('setup');
  });

  it('keeps quick stage changes as separate steps but merges typing in one field', async () => {
    const workshop = await withWorkshop();
    for (const stage of ['end-state', 'operating-model', 'standards'] as const) {
      await updateWorkshop(db, workshop.id, (draft) => {
        draft.meta.currentStage = stage;
      });
    }
    for (const text of ['N', 'No', 'North']) await commitField(db, workshop.id, ['meta', 'organisation'], text);
    await undoWorkshopEdit(db, workshop.id);
    expect((await db.workshops.get(workshop.id))?.meta.organisation).toBe('');
    await undoWorkshopEdit(db, workshop.id);
    expect((await db.workshops.get(workshop.id))?.meta.currentStage).toBe('operating-model');
  });

  it('undoing a new box length keeps the timer paused if it was paused since', async () => {
    const workshop = await withWorkshop();
    const running = { stageId: 'setup' as const, durationMs: 600_000, startedAt: Date.now(), elapsedBeforeMs: 0 };
    await updateWorkshop(db, workshop.id, (draft) => void (draft.room.timer = running), { isUndoable: false });
    // The box edit, written field by field the way the agenda panel writes it.
    await updateWorkshop(db, workshop.id, (draft) => assignInPlace(draft.room.timer, { ...running, durationMs: 900_000 }));
    const paused = { ...running, durationMs: 900_000, startedAt: null, elapsedBeforeMs: 5_000 };
    await updateWorkshop(db, workshop.id, (draft) => assignInPlace(draft.room.timer, paused), { isUndoable: false });
    await undoWorkshopEdit(db, workshop.id);
    expect((await db.workshops.get(workshop.id))?.room.timer).toEqual({ ...paused, durationMs: 600_000 });
  });

  it('takes back derived fields together with the edit that caused them', async () => {
    const workshop = await withWorkshop();
    await commitField(db, workshop.id, ['meta', 'organisation'], 'Northwind');
    await undoWorkshopEdit(db, workshop.id);
    const restored = await db.workshops.get(workshop.id);
    expect(restored?.meta.organisation).toBe('');
    expect((await db.summaries.get(workshop.id))?.organisation).toBe('');
  });

  it('does nothing when there is nothing to undo or redo', async () => {
    const workshop = await withWorkshop();
    expect((await undoWorkshopEdit(db, workshop.id)).kind).toBe('nothing');
    expect((await redoWorkshopEdit(db, workshop.id)).kind).toBe('nothing');
  });

  it('refuses a step whose result would be invalid, stores nothing and forgets the history', async () => {
    const workshop = await withWorkshop();
    await commitField(db, workshop.id, ['meta', 'organisation'], 'Northwind');
    // Another window removed what the step refers to.
    const tampered = useEditHistory.getState().byWorkshop[workshop.id]!;
    useEditHistory.setState({
      byWorkshop: {
        [workshop.id]: { ...tampered, past: [{ ...tampered.past[0]!, changes: [{ kind: 'value', path: ['meta', 'organisation'], before: 42, after: 'Northwind' }] }] },
      },
    });
    const before = await db.workshops.get(workshop.id);
    const outcome = await undoWorkshopEdit(db, workshop.id);
    expect(outcome.kind).toBe('refused');
    expect(await db.workshops.get(workshop.id)).toEqual(before);
    expect(useEditHistory.getState().byWorkshop[workshop.id]).toEqual({ past: [], future: [] });
  });

  it('a stage change made by mistake is taken back with its timer handover, even after the timer was started, given +5 and paused', async () => {
    const workshop = await withWorkshop();
    const at = Date.now();
    await updateWorkshop(db, workshop.id, (draft) => {
      draft.meta.currentStage = 'end-state';
      enterStageInDraft(draft.room, 'end-state', at);
    });
    const entered = (await db.workshops.get(workshop.id))!;
    // Running the timer is not a step, and it is this window's own edit, not another window's.
    await updateWorkshop(db, workshop.id, (draft) => changeStageTimer(draft.room, 'end-state', at + 1000, (t) => startTimer(t, at + 1000)), { isUndoable: false });
    // +5 minutes changes the duration the stage change set: this window's own change, so undo still applies.
    await updateWorkshop(db, workshop.id, (draft) => changeStageTimer(draft.room, 'end-state', at + 2000, (t) => addTimerMinutes(t, 5)), { isUndoable: false });
    await updateWorkshop(db, workshop.id, (draft) => changeStageTimer(draft.room, 'end-state', at + 5000, (t) => pauseTimer(t, at + 5000)), { isUndoable: false });
    expect((await db.workshops.get(workshop.id))!.room.timer).not.toEqual(entered.room.timer);

    expect((await undoWorkshopEdit(db, workshop.id)).kind).toBe('applied');
    const undone = (await db.workshops.get(workshop.id))!;
    expect(undone.meta.currentStage).toBe('setup');
    // What the handover set is taken back; the time the room measured since stays measured.
    expect(undone.room.timer).toMatchObject({ stageId: workshop.room.timer.stageId, durationMs: workshop.room.timer.durationMs, elapsedBeforeMs: 4000 });
    expect((await redoWorkshopEdit(db, workshop.id)).kind).toBe('applied');
    expect((await db.workshops.get(workshop.id))!.meta.currentStage).toBe('end-state');
  });

  it('undo after another window removed the row above lands on the same row', async () => {
    const workshop = await withWorkshop();
    await updateWorkshop(db, workshop.id, (draft) => void draft.participants.push(...ids.map((id, n) => person(id, `P${n}`))));
    await commitField(db, workshop.id, ['participants', { id: ids[2]! }, 'name'], 'Lee Park');
    await editInOtherWindow(other!, workshop.id, (draft) => void draft.participants.splice(0, 1));

    expect((await undoWorkshopEdit(db, workshop.id)).kind).toBe('applied');
    expect((await db.workshops.get(workshop.id))?.participants.map((p) => p.name)).toEqual(['P1', 'P2']);
  });

  it.each([
    ['removed the row', (draft: { participants: { id: string }[] }) => void draft.participants.splice(2, 1)],
    ['typed over the same field', (draft: { participants: { id: string; name: string }[] }) => void (draft.participants[2]!.name = 'Lee P.')],
  ])('refuses undo when another window %s, with the message, and forgets the history', async (_label, theirs) => {
    const workshop = await withWorkshop();
    await updateWorkshop(db, workshop.id, (draft) => void draft.participants.push(...ids.map((id, n) => person(id, `P${n}`))));
    await commitField(db, workshop.id, ['participants', { id: ids[2]! }, 'name'], 'Lee Park');
    await editInOtherWindow(other!, workshop.id, theirs);
    const before = await db.workshops.get(workshop.id);

    expect(await undoWorkshopEdit(db, workshop.id)).toEqual({ kind: 'refused', reason: 'This workshop changed in another window; undo was not applied.' });
    expect(await db.workshops.get(workshop.id)).toEqual(before);
    expect(useEditHistory.getState().byWorkshop[workshop.id]).toEqual({ past: [], future: [] });
  });

  it('forgets the history when a version replaces the whole record', async () => {
    const workshop = await withWorkshop();
    const version = await saveVersion(db, workshop.id, 'manual', 'Start');
    await commitField(db, workshop.id, ['meta', 'organisation'], 'Northwind');
    await restoreVersion(db, version!.id);
    expect((await undoWorkshopEdit(db, workshop.id)).kind).toBe('nothing');
  });
});
