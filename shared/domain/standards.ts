import { z } from 'zod';
import { DEFAULT_STANDARD_KEYS } from '../method/standards';
import { DateSchema, IdSchema, LikelihoodSchema, LongTextSchema, ShortTextSchema } from './primitives';

export const StandardKeySchema = z.enum([...DEFAULT_STANDARD_KEYS, 'custom']);

/**
 * Since record version 4 a standard moves agreed → in progress → met (with evidence and its date)
 * or waived (with a reason); version 3's 'evidenced' became 'met'.
 */
export const STANDARD_STATUSES = ['not-discussed', 'defined', 'agreed', 'in-progress', 'met', 'waived'] as const;

/** A production standard (shared/method/METHOD.md step 3). Each default key appears at most once per workshop. */
export const StandardSchema = z.strictObject({
  id: IdSchema,
  key: StandardKeySchema,
  name: ShortTextSchema,
  applies: z.boolean(),
  /** Required (by the readiness rules, not the schema) when `applies` is false. */
  notApplicableReason: LongTextSchema,
  acceptanceCriteria: LongTextSchema,
  owner: ShortTextSchema,
  evidence: LongTextSchema,
  priority: LikelihoodSchema,
  status: z.enum(STANDARD_STATUSES),
  /** Since record version 4: the day the evidence showed it met; null until then. */
  metOn: DateSchema.nullable(),
  /** Since record version 4: why it was waived (required by the readiness rules when waived). */
  waivedReason: LongTextSchema,
});
export type Standard = z.infer<typeof StandardSchema>;
export type StandardStatus = Standard['status'];
