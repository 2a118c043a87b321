import { LIMITS } from '../../../../shared/domain/limits';
import type { SessionTemplateId } from '../../../../shared/method/agenda-templates';
import {
  endSessionInDraft,
  endSessionProblem,
  runningSession,
  startSessionInDraft,
  startSessionProblem,
  trendPoint,
} from '../../../../shared/sessions';
import { getDatabase } from '../../db/instance';
import { newId, nowIso } from '../../db/ids';
import { updateWorkshop } from '../../db/workshops';
import { saveVersion } from '../../db/versions';
import { getAutosave } from '../../editing/autosave';

const timeOfDay = (date: Date) => `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

/**
 * Ends the running session: the baseline snapshot first (the plan exactly as the session left
 * it), then the session's end and its readiness point in one edit. Returns a reason when
 * nothing was done.
 */
export async function endRunningSession(workshopId: string): Promise<string | null> {
  await getAutosave().flushAll();
  const db = getDatabase();
  const stored = await db.workshops.get(workshopId);
  if (!stored) return 'This workshop is no longer in the library.';
  const problem = endSessionProblem(stored);
  const session = runningSession(stored);
  if (problem !== null || session === null) return problem ?? 'No session is running.';
  const baseline = await saveVersion(db, workshopId, 'session-end', `End of ${session.label}`);
  if (!baseline) return 'The baseline could not be stored.';
  const now = new Date();
  const point = trendPoint(baseline.workshop, { id: newId(), at: baseline.createdAt, label: session.label, sessionId: session.id });
  await updateWorkshop(db, workshopId, (draft) =>
    endSessionInDraft(draft, { sessionId: session.id, endedAt: nowIso(), endTime: timeOfDay(now), baselineVersionId: baseline.id, point }),
  );
  return null;
}

export interface FollowUpChoice {
  readonly template: SessionTemplateId;
  readonly label: string;
  readonly date: string;
  readonly startTime: string | null;
  readonly presentParticipantIds: readonly string[];
}

/** Starts a follow-up: ends the running session first (its baseline), then opens the new one. */
export async function startFollowUp(workshopId: string, choice: FollowUpChoice): Promise<string | null> {
  await getAutosave().flushAll();
  const db = getDatabase();
  const stored = await db.workshops.get(workshopId);
  if (!stored) return 'This workshop is no longer in the library.';
  const problem = startSessionProblem(stored);
  if (problem !== null) return problem;
  if (runningSession(stored) !== null) {
    const notEnded = await endRunningSession(workshopId);
    if (notEnded !== null) return notEnded;
  }
  let refused: string | null = null;
  await updateWorkshop(db, workshopId, (draft) => {
    refused = startSessionInDraft(draft, { id: newId(), ...choice }, newId);
  });
  return refused;
}

/** A named version is a point of the trend too (no session ended there). */
export async function addNamedVersionPoint(workshopId: string, label: string): Promise<void> {
  const db = getDatabase();
  const stored = await db.workshops.get(workshopId);
  if (!stored || label.trim() === '') return;
  const point = trendPoint(stored, { id: newId(), at: nowIso(), label, sessionId: null });
  await updateWorkshop(
    db,
    workshopId,
    (draft) => {
      if (draft.readinessTrend.length < LIMITS.readinessPoints) draft.readinessTrend.push(point);
    },
    { isUndoable: false },
  );
}
