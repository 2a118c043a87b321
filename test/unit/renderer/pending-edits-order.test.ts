import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateWorkshop } from '../../../renderer/src/db/workshops';
import { addWeekRow } from '../../../renderer/src/features/stages/transition/transition-recipes';
import type { FieldPath } from '../../../shared/editing/field-path';
import { startApp, type AppUnderTest } from '../model/app-under-test';

/**
 * Structural edits and text commits take their turns in the order they were asked for. The case
 * that needs it: a week of the transition plan gets its row when its field takes focus, and a
 * fill-and-blur asks for the field's commit before that row is stored. A commit that ran first
 * would find no row, write nothing and settle the journal: the typed text gone.
 */
let app: AppUnderTest;
beforeEach(async () => {
  app = await startApp();
});
afterEach(() => app.close());

const ROW_ID = '00000000-0000-4000-a000-000000000777';
const weekFocus: FieldPath = ['transition', 'weekPlan', { id: ROW_ID }, 'focus'];
const makeRow = () => app.pending.exclusive(() => updateWorkshop(app.tab1, app.workshopId, addWeekRow(ROW_ID, 3), { isUndoable: false }));

describe('the order of writes', () => {
  it('a row made on focus is stored before the text typed into it, however quickly that is committed', async () => {
    const rowMade = makeRow();
    app.pending.schedule(app.workshopId, weekFocus, 'Shadow the service desk');
    await app.pending.flush(app.workshopId, weekFocus);
    await rowMade;
    const row = (await app.stored()).transition.weekPlan.find((entry) => entry.id === ROW_ID);
    expect(row).toEqual({ id: ROW_ID, week: 3, focus: 'Shadow the service desk' });
    expect(app.journal.entries()).toEqual([]);
  });

  it('text typed before a structural edit is stored before the edit runs', async () => {
    app.pending.schedule(app.workshopId, ['meta', 'title'], 'Invoice triage, phase 2');
    let titleSeenByEdit: string | undefined;
    await app.pending.exclusive(() =>
      updateWorkshop(app.tab1, app.workshopId, (draft) => {
        titleSeenByEdit = draft.meta.title;
      }),
    );
    expect(titleSeenByEdit).toBe('Invoice triage, phase 2');
    expect(app.pending.hasPending(app.workshopId, ['meta', 'title'])).toBe(false);
  });

  it('a structural edit that fails does not hold up the commits asked for after it', async () => {
    const failed = app.pending.exclusive(() => Promise.reject(new Error('the disk is full')));
    app.pending.schedule(app.workshopId, ['meta', 'title'], 'Still saved');
    const committed = app.pending.flush(app.workshopId, ['meta', 'title']);
    await expect(failed).rejects.toThrow('the disk is full');
    await committed;
    expect((await app.stored()).meta.title).toBe('Still saved');
  });
});
