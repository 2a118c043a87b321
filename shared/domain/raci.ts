import { z } from 'zod';
import { DEFAULT_RACI_ACTIVITY_KEYS, RACI_ROLES } from '../method/raci';
import { LIMITS } from './limits';
import { TeamSchema } from './participants';
import { boundedRecord, IdSchema, ShortTextSchema } from './primitives';

export const RaciRoleSchema = z.enum(RACI_ROLES);

/** A column of the matrix: a team, or a person (linked to a participant when they are one). */
export const RaciPartySchema = z.strictObject({
  id: IdSchema,
  label: ShortTextSchema,
  kind: z.enum(['team', 'person']),
  /** For team columns, so the matrix can colour them like the participants. */
  team: TeamSchema.nullable(),
  participantId: IdSchema.nullable(),
});
export type RaciParty = z.infer<typeof RaciPartySchema>;

/** A row of the matrix. `key` names a default activity so rules survive a rename; own rows are 'custom'. */
export const RaciActivitySchema = z.strictObject({
  id: IdSchema,
  key: z.enum([...DEFAULT_RACI_ACTIVITY_KEYS, 'custom']),
  name: ShortTextSchema,
  /** party id -> letter; a party with no letter is simply absent. */
  assignments: boundedRecord(IdSchema, RaciRoleSchema, LIMITS.raciParties),
});
export type RaciActivity = z.infer<typeof RaciActivitySchema>;

export const RaciSchema = z.strictObject({
  parties: z.array(RaciPartySchema).max(LIMITS.raciParties),
  activities: z.array(RaciActivitySchema).max(LIMITS.raciActivities),
});
export type Raci = z.infer<typeof RaciSchema>;
