import { afterEach, describe, expect, test } from 'vitest';
import { sharePlan, stopSharingPlan } from '../../../renderer/src/features/team/plan-sharing';
import { freshDatabase } from './db-helpers';

const PLAN = '6b1d2c3e-0000-4000-8000-000000000001';
const { db } = freshDatabase('plan-sharing');
afterEach(async () => db.sharedPlans.clear());

describe('sharing a plan with the team library', () => {
  test('no plan is shared until the facilitator says so', async () => {
    expect(await db.sharedPlans.count()).toBe(0);
  });

  test('sharing marks the plan once, with no sync yet; sharing again keeps the first date', async () => {
    await sharePlan(db, PLAN, new Date('2026-12-07T09:00:00Z'));
    await sharePlan(db, PLAN, new Date('2026-12-08T09:00:00Z'));
    expect(await db.sharedPlans.toArray()).toEqual([{ workshopId: PLAN, sharedAt: '2026-12-07T09:00:00.000Z', lastSyncedAt: null, docState: null }]);
  });

  test('stopping a plan that never synced removes only the mark', async () => {
    await sharePlan(db, PLAN);
    await stopSharingPlan(db, PLAN);
    expect(await db.sharedPlans.count()).toBe(0);
  });

  test('stopping a plan that synced keeps its document state, so sharing it again merges instead of overwriting', async () => {
    const docState = new Uint8Array([1, 2, 3]);
    await db.sharedPlans.add({ workshopId: PLAN, sharedAt: '2026-12-07T09:00:00.000Z', lastSyncedAt: '2026-12-07T09:05:00.000Z', docState });
    await stopSharingPlan(db, PLAN, new Date('2026-12-07T10:00:00Z'));
    await stopSharingPlan(db, PLAN, new Date('2026-12-07T11:00:00Z'));
    expect(await db.sharedPlans.get(PLAN)).toMatchObject({ stoppedAt: '2026-12-07T10:00:00.000Z', docState });
    await sharePlan(db, PLAN, new Date('2026-12-08T09:00:00Z'));
    expect(await db.sharedPlans.get(PLAN)).toEqual({ workshopId: PLAN, sharedAt: '2026-12-07T09:00:00.000Z', lastSyncedAt: '2026-12-07T09:05:00.000Z', docState, stoppedAt: null });
  });
});
