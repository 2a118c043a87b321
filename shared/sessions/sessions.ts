import type { Draft } from 'immer';
import { LIMITS } from '../domain/limits';
import type { ReadinessPoint, Session, SessionKind } from '../domain/sessions';
import type { Workshop } from '../domain/workshop';
import { SESSION_AGENDA_TEMPLATES, type SessionTemplateId } from '../method/agenda-templates';

/** The running session is the last one that has not ended; null when every session has. */
export function runningSession(workshop: Pick<Workshop, 'sessions'>): Session | null {
  const last = workshop.sessions[workshop.sessions.length - 1];
  return last !== undefined && last.endedAt === null ? last : null;
}

/** The session before the running one (or the last, when none runs): what "since" compares with. */
export function lastEndedSession(workshop: Pick<Workshop, 'sessions'>): Session | null {
  for (let index = workshop.sessions.length - 1; index >= 0; index -= 1) {
    const session = workshop.sessions[index]!;
    if (session.endedAt !== null) return session;
  }
  return null;
}

const kindOf: Record<SessionTemplateId, SessionKind> = { 'follow-up': 'follow-up', 'go-no-go': 'go-no-go' };

/** "Follow-up 2" when one follow-up came before; "Go/no-go review" as is. */
export function defaultSessionLabel(workshop: Pick<Workshop, 'sessions'>, template: SessionTemplateId): string {
  const base = SESSION_AGENDA_TEMPLATES[template].defaultLabel;
  if (template !== 'follow-up') return base;
  const earlier = workshop.sessions.filter((session) => session.kind === 'follow-up').length;
  return `${base} ${earlier + 1}`;
}

/** Why a session cannot be ended or started; null when it can. */
export function endSessionProblem(workshop: Pick<Workshop, 'sessions' | 'readinessTrend'>): string | null {
  if (runningSession(workshop) === null) return 'No session is running: start a follow-up session first.';
  if (workshop.readinessTrend.length >= LIMITS.readinessPoints) return 'The readiness trend is full.';
  return null;
}

export function startSessionProblem(workshop: Pick<Workshop, 'sessions' | 'readinessTrend'>): string | null {
  if (workshop.sessions.length >= LIMITS.sessions) return `A plan holds at most ${LIMITS.sessions} sessions.`;
  if (runningSession(workshop) !== null && workshop.readinessTrend.length >= LIMITS.readinessPoints) return 'The readiness trend is full.';
  return null;
}

/**
 * Ends the running session inside an edit: the time it ended, the baseline snapshot stored just
 * before (saveVersion 'session-end'), and the readiness at that moment. Does nothing when no
 * session runs, so a second click cannot end the one before.
 */
export function endSessionInDraft(
  draft: Draft<Workshop>,
  end: { readonly sessionId: string; readonly endedAt: string; readonly endTime: string; readonly baselineVersionId: string; readonly point: ReadinessPoint },
): void {
  const session = draft.sessions[draft.sessions.length - 1];
  if (session === undefined || session.id !== end.sessionId || session.endedAt !== null) return;
  session.endedAt = end.endedAt;
  session.baselineVersionId = end.baselineVersionId;
  session.endTime ??= end.endTime;
  if (draft.readinessTrend.length < LIMITS.readinessPoints) draft.readinessTrend.push(end.point);
}

export interface NewSession {
  readonly id: string;
  readonly template: SessionTemplateId;
  readonly label: string;
  readonly date: string;
  readonly startTime: string | null;
  readonly presentParticipantIds: readonly string[];
}

/**
 * Starts a session (the running one must have been ended first) and gives the room the
 * template's time boxes: a fresh agenda with its own clock and a stopped timer. Refuses (returns
 * the reason, changes nothing) when a session still runs or the list is full.
 */
export function startSessionInDraft(draft: Draft<Workshop>, session: NewSession, newBlockId: () => string): string | null {
  if (runningSession(draft) !== null) return 'End the running session first.';
  if (draft.sessions.length >= LIMITS.sessions) return `A plan holds at most ${LIMITS.sessions} sessions.`;
  const known = new Set(draft.participants.map((participant) => participant.id));
  draft.sessions.push({
    id: session.id,
    kind: kindOf[session.template],
    label: session.label.trim().slice(0, 200) || defaultSessionLabel(draft, session.template),
    date: session.date,
    startTime: session.startTime,
    endTime: null,
    presentParticipantIds: session.presentParticipantIds.filter((id) => known.has(id)),
    endedAt: null,
    baselineVersionId: null,
  });
  draft.room.agenda = {
    blocks: SESSION_AGENDA_TEMPLATES[session.template].blocks.map((block) => ({
      id: newBlockId(),
      kind: block.kind,
      stageId: block.stageId,
      minutes: block.minutes,
      spentMs: 0,
    })),
    startedAt: null,
  };
  draft.room.timer = { stageId: null, durationMs: 0, startedAt: null, elapsedBeforeMs: 0 };
  return null;
}

/** Who to tick by default in a new session: those present at the last one (still listed). */
export function defaultPresent(workshop: Pick<Workshop, 'sessions' | 'participants'>): string[] {
  const last = workshop.sessions[workshop.sessions.length - 1];
  const known = new Set(workshop.participants.map((participant) => participant.id));
  if (last === undefined) return [...known];
  return last.presentParticipantIds.filter((id) => known.has(id));
}
