import { z } from 'zod';
import type { RecordVersioning } from '../../../shared/domain/admit-workshop';
import { findIntegrityProblems } from '../../../shared/domain/integrity';
import { WORKSHOP_MIGRATIONS, type WorkshopMigration } from '../../../shared/domain/migrations';
import { PilotDataSchema, PilotPlanSchema } from '../../../shared/domain/pilot';
import { LongTextSchema, ShortTextSchema } from '../../../shared/domain/primitives';
import { WorkshopMetaSchema, WorkshopSchema, type Workshop } from '../../../shared/domain/workshop';
import type { DatabaseSetup } from '../../../renderer/src/db/database';
import { MIGRATIONS } from '../../../renderer/src/db/migrations';
import { upgradeWorkshopRows } from '../../../renderer/src/db/migrations/upgrade-workshop-rows';

/**
 * A workshop record version 2 that does not exist, made up so the tests can prove every path into
 * the database upgrades a version 1 record: pilot.data.notes is renamed pilot.data.dataNotes and
 * a new meta.sponsor starts empty. (Fields the library summary does not read, so today's summary
 * code still works on it.)
 */
const MADE_UP_STEP: WorkshopMigration = {
  upgrade: (workshop) => {
    const { meta, pilot } = workshop as { meta: object; pilot: { data: Record<string, unknown> } };
    const { notes, ...data } = pilot.data;
    return { ...workshop, meta: { ...meta, sponsor: '' }, pilot: { ...pilot, data: { ...data, dataNotes: notes } } };
  },
  renamedPaths: [{ from: ['pilot', 'data', 'notes'], to: ['pilot', 'data', 'dataNotes'] }],
};

const MetaV2Schema = WorkshopMetaSchema.extend({ sponsor: ShortTextSchema });
const PilotV2Schema = PilotPlanSchema.extend({
  data: PilotDataSchema.omit({ notes: true }).extend({ dataNotes: LongTextSchema }),
});

const WorkshopV2Schema = z
  .strictObject({ ...WorkshopSchema.shape, schemaVersion: z.literal(2), meta: MetaV2Schema, pilot: PilotV2Schema })
  .superRefine((workshop, ctx) => {
    for (const problem of findIntegrityProblems(workshop)) ctx.addIssue({ code: 'custom', path: [...problem.path], message: problem.message });
  });

export const V2_VERSIONING: RecordVersioning = {
  registry: new Map([...WORKSHOP_MIGRATIONS, [1, MADE_UP_STEP]]),
  targetVersion: 2,
  // The app's types describe version 1; at run time the gate only needs a schema to parse with.
  schema: WorkshopV2Schema as unknown as z.ZodType<Workshop>,
};

/** The Endfirst that would ship version 2: a Dexie version whose upgrade runs every row through the gate. */
export const V2_SETUP: DatabaseSetup = {
  versioning: V2_VERSIONING,
  migrations: [...MIGRATIONS, { version: 2, stores: {}, upgrade: upgradeWorkshopRows }],
};

/** What a version 1 workshop must become, every other field untouched. */
export function asVersion2(workshop: Workshop): Record<string, unknown> {
  const { notes, ...data } = workshop.pilot.data;
  return {
    ...workshop,
    schemaVersion: 2,
    meta: { ...workshop.meta, sponsor: '' },
    pilot: { ...workshop.pilot, data: { ...data, dataNotes: notes } },
  };
}
