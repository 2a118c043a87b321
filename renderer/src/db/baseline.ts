import { admitWorkshop } from '../../../shared/domain/admit-workshop';
import type { Baseline } from '../../../shared/export/progress-section';
import type { EndfirstDatabase } from './database';

/**
 * The state "Since the last session" compares with: the snapshot stored when the latest session
 * ended. It is upgraded in memory to today's record shape (the gate a restore uses) and never
 * written back; one the gate refuses gives no baseline rather than a misleading comparison.
 */
export async function loadBaseline(db: EndfirstDatabase, workshopId: string): Promise<Baseline | null> {
  // Newest first, stopping at the first baseline: older snapshots are never read.
  const version = await db.versions
    .where('[workshopId+createdAt]')
    .between([workshopId, ''], [workshopId, '\uffff'])
    .reverse()
    .filter((candidate) => candidate.reason === 'session-end')
    .first();
  if (!version) return null;
  const admitted = admitWorkshop(version.workshop);
  if (!admitted.ok) return null;
  return { workshop: admitted.workshop, label: version.label, date: version.createdAt.slice(0, 10) };
}
