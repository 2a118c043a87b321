import { admitWorkshop } from '../../../shared/domain/admit-workshop';
import type { Session } from '../../../shared/domain/sessions';
import type { Workshop } from '../../../shared/domain/workshop';
import type { Baseline } from '../../../shared/export/progress-section';
import type { EndfirstDatabase } from './database';

type EndedSession = Session & { readonly endedAt: string; readonly baselineVersionId: string };

/** The session that ended last and left a baseline snapshot, or null before any has. */
export function latestEndedSession(workshop: Pick<Workshop, 'sessions'>): EndedSession | null {
  let latest: EndedSession | null = null;
  for (const session of workshop.sessions) {
    if (session.endedAt === null || session.baselineVersionId === null) continue;
    if (latest === null || session.endedAt > latest.endedAt) latest = session as EndedSession;
  }
  return latest;
}

/**
 * The state "Since the last session" compares with: the baseline snapshot stored when the latest
 * session ended. It is upgraded in memory to today's record shape (the gate a restore uses) and
 * never written back. A baseline the facilitator deleted, or one the gate refuses, gives no
 * comparison rather than a misleading one.
 */
export async function loadBaseline(db: EndfirstDatabase, workshop: Pick<Workshop, 'id' | 'sessions'>): Promise<Baseline | null> {
  const session = latestEndedSession(workshop);
  if (!session) return null;
  const version = await db.versions.get(session.baselineVersionId);
  if (!version || version.workshopId !== workshop.id) return null;
  const admitted = admitWorkshop(version.workshop);
  if (!admitted.ok) return null;
  return { workshop: admitted.workshop, label: session.label, date: session.date };
}
