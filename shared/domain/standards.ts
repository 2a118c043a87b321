import { z } from 'zod';
import { DEFAULT_STANDARD_KEYS } from '../method/standards';
import { IdSchema, LikelihoodSchema, LongTextSchema, ShortTextSchema } from './primitives';

export const StandardKeySchema = z.enum([...DEFAULT_STANDARD_KEYS, 'custom']);

export const STANDARD_STATUSES = ['not-discussed', 'defined', 'agreed', 'evidenced'] as const;

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
});
export type Standard = z.infer<typeof StandardSchema>;
export type StandardStatus = Standard['status'];
