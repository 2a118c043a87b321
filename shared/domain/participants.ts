import { z } from 'zod';
import { TEAM_IDS } from '../method/teams';
import { IdSchema, ShortTextSchema } from './primitives';

export const TeamSchema = z.enum(TEAM_IDS);

export const ParticipantSchema = z.strictObject({
  id: IdSchema,
  name: ShortTextSchema,
  role: ShortTextSchema,
  team: TeamSchema,
  /** Listed but absent people still count for ownership; the readiness rules look at who was there. */
  present: z.boolean(),
});
export type Participant = z.infer<typeof ParticipantSchema>;
