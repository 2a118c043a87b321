import { z } from 'zod';
import { QualityGateSchema } from './ai-risk';
import { DateSchema, IdSchema, LongTextSchema, ShortTextSchema } from './primitives';

/** "When this works, who runs it?" (shared/method/METHOD.md step 2). */
export const OperatingModelSchema = z.strictObject({
  /** The owner when they are a participant; otherwise null and ownerName names them. */
  ownerParticipantId: IdSchema.nullable(),
  /** Free text so an owner who is not in the room can still be named. */
  ownerName: ShortTextSchema,
  /** The owner's real team name ("Accounts Payable Operations"), not the coarse team category. */
  ownerTeam: ShortTextSchema,
  operators: LongTextSchema,
  supportHours: LongTextSchema,
  /** Who gets the call at 2am. */
  onCall: LongTextSchema,
  escalationPath: LongTextSchema,
  serviceLevels: LongTextSchema,
  /** Who approves changes to models or prompts. */
  changeApprover: LongTextSchema,
  /** What users do when it is down. */
  downtimeFallback: LongTextSchema,
  ownerConfirmed: z.boolean(),
  ownerConfirmedOn: DateSchema.nullable(),
  /** Since record version 3: the golden set and pass threshold every change must pass. */
  qualityGate: QualityGateSchema,
  /** Since record version 3: when the model in production reaches its vendor's end of life. */
  modelEndOfLife: DateSchema.nullable(),
});
export type OperatingModel = z.infer<typeof OperatingModelSchema>;
