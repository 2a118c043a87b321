import { z } from 'zod';
import { KNOWLEDGE_TRANSFER_KINDS } from '../method/knowledge-transfer';
import { LIMITS } from './limits';
import { DateSchema, IdSchema, LongTextSchema, ShortTextSchema, WeeksSchema } from './primitives';

/** The blended team for the weeks between "pilot proven" and "production live" (shared/method/METHOD.md step 6). */
export const TransitionMemberSchema = z.strictObject({
  participantId: IdSchema,
  side: z.enum(['innovation', 'operations']),
});
export type TransitionMember = z.infer<typeof TransitionMemberSchema>;

export const TransitionActivitySchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(KNOWLEDGE_TRANSFER_KINDS),
  label: ShortTextSchema,
  done: z.boolean(),
});
export type TransitionActivity = z.infer<typeof TransitionActivitySchema>;

export const ExitCriterionSchema = z.strictObject({
  id: IdSchema,
  text: LongTextSchema,
  /** The production standard this criterion proves, if any. */
  standardId: IdSchema.nullable(),
});
export type ExitCriterion = z.infer<typeof ExitCriterionSchema>;

export const WeekPlanEntrySchema = z.strictObject({
  /**
   * Since schema version 2: a row has an id like every other list item, so a field path can address
   * its text and typing goes through the keystroke journal like any other field.
   */
  id: IdSchema,
  /** 1-based week of the transition; unique within the plan. */
  week: z.number().int().min(1).max(LIMITS.weeks),
  focus: LongTextSchema,
});
export type WeekPlanEntry = z.infer<typeof WeekPlanEntrySchema>;

export const TransitionPlanSchema = z.strictObject({
  members: z.array(TransitionMemberSchema).max(LIMITS.transitionMembers),
  weeks: WeeksSchema.nullable(),
  startDate: DateSchema.nullable(),
  /** Why the length is outside 4–8 weeks, when it is. */
  lengthReason: LongTextSchema,
  activities: z.array(TransitionActivitySchema).max(LIMITS.transitionActivities),
  exitCriteria: z.array(ExitCriterionSchema).max(LIMITS.exitCriteria),
  weekPlan: z.array(WeekPlanEntrySchema).max(LIMITS.weeks),
});
export type TransitionPlan = z.infer<typeof TransitionPlanSchema>;
