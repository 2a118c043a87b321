import type { EndfirstDatabase } from '../../db/database';

/**
 * Sharing is this laptop's choice for one plan, off by default. Turning it on only marks the plan;
 * the sync runtime (team-sync.ts) notices the row and starts syncing it when a team server is set.
 * Turning it off stops syncing and keeps the local plan exactly as it is.
 */
export async function sharePlan(db: EndfirstDatabase, workshopId: string, now: Date = new Date()): Promise<void> {
  await db.transaction('rw', db.sharedPlans, async () => {
    if (await db.sharedPlans.get(workshopId)) return;
    await db.sharedPlans.add({ workshopId, sharedAt: now.toISOString(), lastSyncedAt: null, docState: null });
  });
}

export async function stopSharingPlan(db: EndfirstDatabase, workshopId: string): Promise<void> {
  await db.sharedPlans.delete(workshopId);
}
