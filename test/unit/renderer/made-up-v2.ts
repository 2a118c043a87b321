import { z } from 'zod';
import type { RecordVersioning } from '../../../shared/domain/admit-workshop';
import { findIntegrityProblems } from '../../../shared/domain/integrity';
import { WORKSHOP_MIGRATIONS, type WorkshopMigration } from '../../../shared/domain/migrations';
import { PilotDataSchema, PilotPlanSchema } from '../../../shared/domain/pilot';
import { LongTextSchema, ShortTextSchema } from '../../../shared/domain/primitives';
import { CURRENT_SCHEMA_VERSION, WorkshopMetaSchema, WorkshopSchema, type Workshop } from '../../../shared/domain/workshop';
import type { DatabaseSetup } from '../../../renderer/src/db/database';
import { DATABASE_VERSION, MIGRATIONS } from '../../../renderer/src/db/migrations';
import { upgradeWorkshopRows } from '../../../renderer/src/db/migrations/upgrade-workshop-rows';

/** The record version after today's, which does not exist: tests pretend a release ships it. */
export const NEXT_SCHEMA_VERSION = CURRENT_SCHEMA_VERSION + 1;

/**
 * A workshop record version that does not exist yet, made up so the tests can prove every path into
 * the database upgrades a record of today's version: pilot.data.notes is renamed pilot.data.dataNotes and
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
  .strictObject({ ...WorkshopSchema.shape, schemaVersion: z.literal(NEXT_SCHEMA_VERSION), meta: MetaV2Schema, pilot: PilotV2Schema })
  .superRefine((workshop, ctx) => {
    for (const problem of findIntegrityProblems(workshop)) ctx.addIssue({ code: 'custom', path: [...problem.path], message: problem.message });
  });

export const V2_VERSIONING: RecordVersioning = {
  registry: new Map([...WORKSHOP_MIGRATIONS, [CURRENT_SCHEMA_VERSION, MADE_UP_STEP]]),
  targetVersion: NEXT_SCHEMA_VERSION,
  // The app's types describe today's version; at run time the gate only needs a schema to parse with.
  schema: WorkshopV2Schema as unknown as z.ZodType<Workshop>,
};

/** The Endfirst that would ship the next version: a Dexie version whose upgrade runs every row through the gate. */
export const V2_SETUP: DatabaseSetup = {
  versioning: V2_VERSIONING,
  migrations: [...MIGRATIONS, { version: DATABASE_VERSION + 1, stores: {}, upgrade: upgradeWorkshopRows }],
};

/** What a workshop of today's version must become, every other field untouched. */
export function asVersion2(workshop: Workshop): Record<string, unknown> {
  const { notes, ...data } = workshop.pilot.data;
  return {
    ...workshop,
    schemaVersion: NEXT_SCHEMA_VERSION,
    meta: { ...workshop.meta, sponsor: '' },
    pilot: { ...workshop.pilot, data: { ...data, dataNotes: notes } },
  };
}
