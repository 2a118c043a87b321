import { z } from 'zod';
import { LIMITS } from './limits';
import { CentsSchema, DateSchema, IdSchema, LongTextSchema, ShortTextSchema, WeeksSchema } from './primitives';

/** What a hypothesis puts to the test: a piece of the production model (shared/method/METHOD.md step 7). */
export const HypothesisTestSchema = z.strictObject({
  kind: z.enum(['standard', 'operating-model', 'cost', 'risk']),
  /** A standard or pre-mortem risk id; null for the operating model or the cost model as a whole. */
  refId: IdSchema.nullable(),
});
export type HypothesisTest = z.infer<typeof HypothesisTestSchema>;

export const HYPOTHESIS_OUTCOMES = ['not-measured', 'met', 'not-met', 'inconclusive'] as const;
export type HypothesisOutcome = (typeof HYPOTHESIS_OUTCOMES)[number];

export const GO_NO_GO_OUTCOMES = ['go', 'extend', 'stop'] as const;
export type GoNoGoOutcome = (typeof GO_NO_GO_OUTCOMES)[number];

/** A hypothesis's result before the pilot has measured it. */
export const unmeasuredResult = () => ({ outcome: 'not-measured' as const, figure: '', evidence: '', measuredOn: null });

export const PilotHypothesisSchema = z.strictObject({
  id: IdSchema,
  statement: LongTextSchema,
  tests: z.array(HypothesisTestSchema).max(LIMITS.hypothesisTests),
  successCriteria: LongTextSchema,
  stopCriteria: LongTextSchema,
  /** Since record version 4: what the pilot measured against the success and stop criteria. */
  result: z.strictObject({
    outcome: z.enum(HYPOTHESIS_OUTCOMES),
    /** The measured figure, in the room's words ("94.1% routed correctly"). */
    figure: ShortTextSchema,
    evidence: LongTextSchema,
    measuredOn: DateSchema.nullable(),
  }),
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
  /**
   * Since record version 4: the go/no-go decision, taken by the decider above. "stop" is a
   * finished plan, not a failure to hide; null outcome means not decided yet.
   */
  decision: z.strictObject({
    outcome: z.enum(GO_NO_GO_OUTCOMES).nullable(),
    decidedOn: DateSchema.nullable(),
    rationale: LongTextSchema,
  }),
});
export type PilotPlan = z.infer<typeof PilotPlanSchema>;
