import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { saveWorkshop } from '../../../renderer/src/db/write';
import { sharePlan, stopSharingPlan } from '../../../renderer/src/features/team/plan-sharing';
import { SAMPLE_WORKSHOP } from '../../../shared/method/sample-workshop';
import { editInOtherWindow } from './other-window';
import { cleanUp, dataFolder, eventually, laptop, teamServer } from './team-sync-helpers';

const PLAN = SAMPLE_WORKSHOP.id;
const note = { ...SAMPLE_WORKSHOP.room.notes[0]!, id: '7e000000-0000-4000-8000-0000000000c1', text: 'Added while A was not sharing' };

afterAll(cleanUp);

describe('stopping and sharing again', () => {
  it('keeps what the team did meanwhile, and sends what this laptop did meanwhile', async () => {
    const server = await teamServer(await dataFolder());
    const a = laptop(server.url);
    await saveWorkshop(a.db, SAMPLE_WORKSHOP);
    await sharePlan(a.db, PLAN);
    const b = laptop(server.url);
    await eventually(async () => expect((await b.db.workshops.get(PLAN))?.meta.title).toBe(SAMPLE_WORKSHOP.meta.title));
    await eventually(async () => expect((await a.db.sharedPlans.get(PLAN))?.lastSyncedAt).not.toBeNull());

    await stopSharingPlan(a.db, PLAN);
    await a.sync.settled();
    await editInOtherWindow(b.db, PLAN, (d) => {
      d.room.notes.push(note);
      d.meta.organisation = 'Edited by the team';
    });
    await eventually(async () => expect((await b.db.sharedPlans.get(PLAN))?.lastSyncedAt).not.toBeNull());
    await b.sync.settled();
    await editInOtherWindow(a.db, PLAN, (d) => {
      d.meta.facilitator = 'Edited on A while not sharing';
    });

    await sharePlan(a.db, PLAN);
    await eventually(async () => {
      for (const one of [a, b]) {
        const plan = await one.db.workshops.get(PLAN);
        expect(plan?.meta.facilitator).toBe('Edited on A while not sharing');
        expect(plan?.meta.organisation).toBe('Edited by the team');
        expect(plan?.room.notes.map((n) => n.id)).toContain(note.id);
      }
    });
    expect(await b.db.syncNotices.count()).toBe(0);
  });
});
