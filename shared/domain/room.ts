import { z } from 'zod';
import { LIMITS } from './limits';
import {
  boundedRecord,
  DateSchema,
  DateTimeSchema,
  IdSchema,
  LongTextSchema,
  ShortTextSchema,
  StageIdSchema,
} from './primitives';

/**
 * What the room produces while it works (issue 5): notes and votes, the parking lot, decisions,
 * actions, the facilitator's private notes, and the agenda and timer state. Timer and agenda are
 * stored (not held in memory) so a reload or a crash mid-workshop loses nothing.
 */

export const NoteSchema = z.strictObject({
  id: IdSchema,
  stageId: StageIdSchema,
  text: LongTextSchema,
  /** Colours the note by the author's team; null for "the room". */
  authorParticipantId: IdSchema.nullable(),
  groupId: IdSchema.nullable(),
  createdAt: DateTimeSchema,
});
export type Note = z.infer<typeof NoteSchema>;

export const NoteGroupSchema = z.strictObject({
  id: IdSchema,
  stageId: StageIdSchema,
  label: ShortTextSchema,
});
export type NoteGroup = z.infer<typeof NoteGroupSchema>;

/** Dots one participant put on one note. */
export const VoteCountSchema = z.number().int().min(0).max(LIMITS.voteBudget);

export const VoteSessionSchema = z.strictObject({
  id: IdSchema,
  stageId: StageIdSchema,
  budgetPerPerson: z.number().int().min(1).max(LIMITS.voteBudget),
  /** Results stay hidden while open, so early votes do not steer late ones. */
  status: z.enum(['open', 'revealed']),
  /** participant id -> note id -> dots. The budget per person is enforced by the UI, not here. */
  ballots: boundedRecord(IdSchema, boundedRecord(IdSchema, VoteCountSchema, LIMITS.notes), LIMITS.participants),
  createdAt: DateTimeSchema,
});
export type VoteSession = z.infer<typeof VoteSessionSchema>;

export const ParkingLotItemSchema = z.strictObject({
  id: IdSchema,
  text: LongTextSchema,
  stageId: StageIdSchema.nullable(),
  resolved: z.boolean(),
});
export type ParkingLotItem = z.infer<typeof ParkingLotItemSchema>;

export const DecisionSchema = z.strictObject({
  id: IdSchema,
  text: LongTextSchema,
  stageId: StageIdSchema.nullable(),
  decidedOn: DateSchema.nullable(),
});
export type Decision = z.infer<typeof DecisionSchema>;

export const ACTION_STATUSES = ['open', 'in-progress', 'done'] as const;

export const ActionItemSchema = z.strictObject({
  id: IdSchema,
  text: LongTextSchema,
  /** A participant, or null with ownerName for someone outside the room. */
  ownerParticipantId: IdSchema.nullable(),
  ownerName: ShortTextSchema,
  due: DateSchema.nullable(),
  status: z.enum(ACTION_STATUSES),
  /** Since record version 4: every change of status, oldest first, with the day it happened. */
  statusHistory: z
    .array(z.strictObject({ status: z.enum(ACTION_STATUSES), on: DateSchema }))
    .max(LIMITS.statusHistory),
});
export type ActionItem = z.infer<typeof ActionItemSchema>;

export const OpenQuestionSchema = z.strictObject({
  id: IdSchema,
  text: LongTextSchema,
});
export type OpenQuestion = z.infer<typeof OpenQuestionSchema>;

export const AgendaBlockSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(['stage', 'break']),
    /** Set for stage blocks, null for breaks. */
    stageId: StageIdSchema.nullable(),
    minutes: z.number().int().min(0).max(LIMITS.agendaBlockMinutes),
    /** Time actually spent in this block, accumulated when the room leaves it. */
    spentMs: z.number().int().min(0).max(LIMITS.elapsedMs),
  })
  .refine((block) => (block.kind === 'stage') === (block.stageId !== null), {
    message: 'must name a stage for a stage block and be empty (null) for a break',
    path: ['stageId'],
  });
export type AgendaBlock = z.infer<typeof AgendaBlockSchema>;

export const AgendaSchema = z.strictObject({
  blocks: z.array(AgendaBlockSchema).max(LIMITS.agendaBlocks),
  /** When the workshop actually began; planned start times count from here. */
  startedAt: DateTimeSchema.nullable(),
});
export type Agenda = z.infer<typeof AgendaSchema>;

/**
 * A countdown built on timestamps: running when startedAt is set. Remaining time is
 * durationMs - elapsedBeforeMs - (now - startedAt); negative means overtime.
 */
export const StageTimerSchema = z.strictObject({
  stageId: StageIdSchema.nullable(),
  durationMs: z.number().int().min(0).max(LIMITS.timerDurationMs),
  /** Epoch milliseconds when the current run began; null when paused or never started. */
  startedAt: z.number().int().min(0).max(LIMITS.epochMs).nullable(),
  /** Time already used in earlier runs, before the last pause. */
  elapsedBeforeMs: z.number().int().min(0).max(LIMITS.elapsedMs),
});
export type StageTimer = z.infer<typeof StageTimerSchema>;

export const RoomSchema = z.strictObject({
  notes: z.array(NoteSchema).max(LIMITS.notes),
  noteGroups: z.array(NoteGroupSchema).max(LIMITS.noteGroups),
  votes: z.strictObject({
    sessions: z.array(VoteSessionSchema).max(LIMITS.voteSessions),
  }),
  parkingLot: z.array(ParkingLotItemSchema).max(LIMITS.parkingLot),
  decisions: z.array(DecisionSchema).max(LIMITS.decisions),
  actions: z.array(ActionItemSchema).max(LIMITS.actions),
  /** Private to the facilitator: never on the presenter window or in a summary unless asked. */
  facilitatorNotes: z.partialRecord(StageIdSchema, LongTextSchema),
  agenda: AgendaSchema,
  timer: StageTimerSchema,
  openQuestions: z.array(OpenQuestionSchema).max(LIMITS.openQuestions),
});
export type Room = z.infer<typeof RoomSchema>;
