import { z } from 'zod';
import { LIMITS } from './limits';
import { DateSchema, IdSchema, LongTextSchema, ShortTextSchema } from './primitives';

/**
 * Since record version 3: what the room answers about the system's AI risk (the EU AI Act's risk
 * classes, with the Art. 6(3) exemption for narrow procedural tasks). The answers suggest a class;
 * the room's chosen class and its reasoning are stored, because the suggestion is guidance, not
 * legal advice. A yes/no question is null until the room answers it.
 */
export const AI_RISK_CLASSES = ['minimal', 'limited', 'high'] as const;
export type AiRiskClass = (typeof AI_RISK_CLASSES)[number];

export const AiRiskQuestionsSchema = z.strictObject({
  /** What the system decides or influences ("routes invoices to a payment queue"). */
  decidesOrInfluences: LongTextSchema,
  /** About whom: suppliers, employees, customers, patients… */
  aboutWhom: LongTextSchema,
  profilesPeople: z.boolean().nullable(),
  personalData: z.boolean().nullable(),
  /** Health, biometric, union membership and the other special categories of personal data. */
  specialCategoryData: z.boolean().nullable(),
  /** Art. 6(3): a narrow procedural task that does not replace a human assessment. */
  narrowProceduralTask: z.boolean().nullable(),
  /** The class the room settles on; null until it does. */
  chosenClass: z.enum(AI_RISK_CLASSES).nullable(),
  /** The room's reasoning, pre-filled from the suggestion and editable. */
  reasoning: LongTextSchema,
});
export type AiRiskQuestions = z.infer<typeof AiRiskQuestionsSchema>;

/** The questions before the room has answered any (a new plan). */
export const unansweredAiRisk = (): AiRiskQuestions => ({
  decidesOrInfluences: '',
  aboutWhom: '',
  profilesPeople: null,
  personalData: null,
  specialCategoryData: null,
  narrowProceduralTask: null,
  chosenClass: null,
  reasoning: '',
});

/** A kind of input production will see (a language, scanned pages, an attachment type). */
export const InputVarietySchema = z.strictObject({
  id: IdSchema,
  label: ShortTextSchema,
  /** Whether the pilot's data includes it: a variety the pilot never sees is untested. */
  inPilotData: z.boolean(),
});
export type InputVariety = z.infer<typeof InputVarietySchema>;

/**
 * A risk the accountable person accepts instead of fixing, for a while: who, why, until when.
 * Past `until` it comes back as a warning; with no `until` it is itself a warning (an acceptance
 * that never expires is never looked at again).
 */
export const RiskAcceptanceSchema = z.strictObject({
  acceptedBy: ShortTextSchema,
  reason: LongTextSchema,
  acceptedOn: DateSchema.nullable(),
  until: DateSchema.nullable(),
});
export type RiskAcceptance = z.infer<typeof RiskAcceptanceSchema>;

/** A readiness finding accepted by key (Finding.key: rule id + the item's path). */
export const AcceptedFindingSchema = RiskAcceptanceSchema.extend({
  id: IdSchema,
  findingKey: ShortTextSchema,
});
export type AcceptedFinding = z.infer<typeof AcceptedFindingSchema>;

/** The quality gate every change of model, prompt, retrieval index or guardrail must pass. */
export const QualityGateSchema = z.strictObject({
  /** How many real inputs the golden set holds; null until the room says. */
  goldenSetSize: z.number().int().min(0).max(LIMITS.goldenSetSize).nullable(),
  /** The pass threshold, in the room's words ("≥ 97% of fields correct"). */
  passThreshold: ShortTextSchema,
});
export type QualityGate = z.infer<typeof QualityGateSchema>;
