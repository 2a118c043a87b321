import { z } from 'zod';
import { VERDICTS } from '../readiness/types';
import { LIMITS } from './limits';
import { DateSchema, DateTimeSchema, IdSchema, LongTextSchema, ShortTextSchema } from './primitives';

/**
 * Since record version 4: a plan lives on after its first workshop. Each meeting about it is a
 * session (the first workshop, follow-ups, the pilot's go/no-go review); ending one stores a
 * baseline snapshot (a 'session-end' version, never pruned) that "since last session" compares with.
 */
export const SESSION_KINDS = ['workshop', 'follow-up', 'go-no-go'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** A wall-clock time in the room, "09:30". */
export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time such as 09:30');

export const SessionSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(SESSION_KINDS),
  label: ShortTextSchema,
  date: DateSchema,
  startTime: TimeOfDaySchema.nullable(),
  endTime: TimeOfDaySchema.nullable(),
  /** Participants who were there; ids of people later removed are ignored, not an error. */
  presentParticipantIds: z.array(IdSchema).max(LIMITS.participants),
  /** Set when the session ended; null while it is the running one. */
  endedAt: DateTimeSchema.nullable(),
  /** The 'session-end' snapshot in the versions table; null until the session ends. */
  baselineVersionId: IdSchema.nullable(),
});
export type Session = z.infer<typeof SessionSchema>;

/** Which gate the verdict speaks of: starting the pilot, or (after "go") handing over to operations. */
export const READINESS_GATES = ['pilot', 'transition'] as const;
export type ReadinessGate = (typeof READINESS_GATES)[number];

/** The score and verdict at a session's end or a named version: one point of the trend. */
export const ReadinessPointSchema = z.strictObject({
  id: IdSchema,
  at: DateTimeSchema,
  label: ShortTextSchema,
  /** The session that ended here, or null for a named version. */
  sessionId: IdSchema.nullable(),
  gate: z.enum(READINESS_GATES),
  score: z.number().int().min(0).max(100),
  verdict: z.enum(VERDICTS),
  /** The one-sentence reason for the verdict, as the review said it then. */
  reason: LongTextSchema,
});
export type ReadinessPoint = z.infer<typeof ReadinessPointSchema>;

export { PHASES, type Phase } from './phases';
