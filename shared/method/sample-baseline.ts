import type { Workshop } from '../domain/workshop';
import { sampleIds } from './sample-workshop-ids';
import { SAMPLE_WORKSHOP } from './sample-workshop';

/**
 * The sample as it stood when its first workshop ended on 5 November 2026: the baseline the
 * follow-up compares with. In the three weeks since, the operational owner confirmed in writing,
 * two actions moved (one done), the security review was agreed and the out-of-hours decision was
 * taken. Opening the sample stores this as the first session's 'session-end' version.
 */
export const SAMPLE_BASELINE: Workshop = baselineOf(SAMPLE_WORKSHOP);

function baselineOf(now: Workshop): Workshop {
  // A plain-data record: a JSON round trip is a faithful deep copy (shared/ has no structuredClone).
  const then = JSON.parse(JSON.stringify(now)) as Workshop;
  then.updatedAt = '2026-11-05T11:10:00.000Z';
  then.operatingModel.ownerConfirmed = false;
  then.operatingModel.ownerConfirmedOn = null;
  for (const action of then.room.actions) {
    action.status = 'open';
    action.statusHistory = action.statusHistory.filter((change) => change.on <= '2026-11-05');
  }
  then.room.decisions = then.room.decisions.filter((decision) => decision.decidedOn === null || decision.decidedOn <= '2026-11-05');
  const security = then.standards.find((standard) => standard.id === sampleIds.standard(1));
  if (security) security.status = 'defined';
  // The snapshot was taken before the session was marked ended, so it is still the running one.
  then.sessions = [{ ...then.sessions[0]!, endTime: null, endedAt: null, baselineVersionId: null }];
  then.readinessTrend = [];
  return then;
}
