import { z } from 'zod';
import { LIMITS } from './limits';
import { AiRiskQuestionsSchema, InputVarietySchema, RiskAcceptanceSchema } from './ai-risk';
import { IdSchema, LikelihoodSchema, LongTextSchema } from './primitives';

/** Production in twelve months, described as a service (shared/method/METHOD.md step 1). */
export const EndStateSchema = z.strictObject({
  whatRuns: LongTextSchema,
  forWhom: LongTextSchema,
  /** Items per day in production; null until the room gives a number. */
  volumePerDay: z.number().int().min(0).max(LIMITS.volumePerDay).nullable(),
  turnaround: LongTextSchema,
  qualityBar: LongTextSchema,
  /** What happens to the inputs that break it (the scanned fax, the missing field). */
  brokenInputs: LongTextSchema,
  /** Since record version 3: the kinds of input production will see, each marked if the pilot data has it. */
  inputVarieties: z.array(InputVarietySchema).max(LIMITS.inputVarieties),
  /** Since record version 3: the risk-class questions (ai-risk.ts). */
  aiRisk: AiRiskQuestionsSchema,
});
export type EndState = z.infer<typeof EndStateSchema>;

/** Where in the plan a pre-mortem risk is answered; refId points at the item when the kind has items. */
export const RISK_ANSWER_KINDS = [
  'standard',
  'operating-model',
  'cost',
  'raci',
  'transition',
  'pilot',
  'decision',
  'action',
] as const;

export const RiskAnswerSchema = z.strictObject({
  kind: z.enum(RISK_ANSWER_KINDS),
  /** A standard, RACI activity, hypothesis, decision or action id; null for whole sections (operating model, cost). */
  refId: IdSchema.nullable(),
  note: LongTextSchema,
});
export type RiskAnswer = z.infer<typeof RiskAnswerSchema>;

export const PreMortemRiskSchema = z.strictObject({
  id: IdSchema,
  text: LongTextSchema,
  likelihood: LikelihoodSchema,
  impact: LikelihoodSchema,
  /** Empty means unanswered: the review stage flags it. */
  answeredBy: z.array(RiskAnswerSchema).max(LIMITS.riskAnswers),
  /** Since record version 3: accepted instead of answered, by whom and until when; null if not. */
  acceptance: RiskAcceptanceSchema.nullable(),
});
export type PreMortemRisk = z.infer<typeof PreMortemRiskSchema>;
