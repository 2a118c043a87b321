import { z } from 'zod';
import { LIMITS } from './limits';
import { CentsSchema, DateSchema, IdSchema, LongTextSchema, WeeksSchema } from './primitives';

/** What a hypothesis puts to the test: a piece of the production model (shared/method/METHOD.md step 7). */
export const HypothesisTestSchema = z.strictObject({
  kind: z.enum(['standard', 'operating-model', 'cost', 'risk']),
  /** A standard or pre-mortem risk id; null for the operating model or the cost model as a whole. */
  refId: IdSchema.nullable(),
});
export type HypothesisTest = z.infer<typeof HypothesisTestSchema>;

export const PilotHypothesisSchema = z.strictObject({
  id: IdSchema,
  statement: LongTextSchema,
  tests: z.array(HypothesisTestSchema).max(LIMITS.hypothesisTests),
  successCriteria: LongTextSchema,
  stopCriteria: LongTextSchema,
});
export type PilotHypothesis = z.infer<typeof PilotHypothesisSchema>;

/** How realistic the pilot's data is; `curatedOnly` is the warning sign. */
export const PilotDataSchema = z.strictObject({
  volume: LongTextSchema,
  messyFormats: z.boolean(),
  missingFields: z.boolean(),
  edgeCases: z.boolean(),
  curatedOnly: z.boolean(),
  notes: LongTextSchema,
});
export type PilotData = z.infer<typeof PilotDataSchema>;

export const PilotPlanSchema = z.strictObject({
  hypotheses: z.array(PilotHypothesisSchema).max(LIMITS.hypotheses),
  data: PilotDataSchema,
  lengthWeeks: WeeksSchema.nullable(),
  budgetCents: CentsSchema.nullable(),
  goNoGoDate: DateSchema.nullable(),
  /** The operational owner by default; null means "not decided", which the review flags. */
  deciderParticipantId: IdSchema.nullable(),
});
export type PilotPlan = z.infer<typeof PilotPlanSchema>;
