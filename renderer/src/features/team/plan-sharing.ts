import type { EndfirstDatabase } from '../../db/database';

/**
 * Sharing is this laptop's choice for one plan, off by default. Turning it on only marks the plan;
 * the sync runtime (team-sync.ts) notices the row and starts syncing it when a team server is set.
 * Turning it off stops syncing and keeps the local plan exactly as it is.
 */
export async function sharePlan(db: EndfirstDatabase, workshopId: string, now: Date = new Date()): Promise<void> {
  await db.transaction('rw', db.sharedPlans, async () => {
    const existing = await db.sharedPlans.get(workshopId);
    // Shared again after a stop: the kept document state makes the edits since then merge.
    if (existing?.stoppedAt) await db.sharedPlans.update(workshopId, { stoppedAt: null });
    if (existing) return;
    await db.sharedPlans.add({ workshopId, sharedAt: now.toISOString(), lastSyncedAt: null, docState: null });
  });
}

/**
 * A plan that has synced keeps its row, marked stopped, with its document state (see
 * SharedPlanRecord.stoppedAt); one that never did has nothing to keep and loses its row.
 */
export async function stopSharingPlan(db: EndfirstDatabase, workshopId: string, now: Date = new Date()): Promise<void> {
  await db.transaction('rw', db.sharedPlans, async () => {
    const existing = await db.sharedPlans.get(workshopId);
    if (!existing) return;
    if (existing.docState === null) await db.sharedPlans.delete(workshopId);
    else if (!existing.stoppedAt) await db.sharedPlans.update(workshopId, { stoppedAt: now.toISOString() });
  });
}
