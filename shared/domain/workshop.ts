import { z } from 'zod';
import { TEMPLATE_IDS } from '../method/agenda-templates';
import { AcceptedFindingSchema } from './ai-risk';
import { EndStateSchema, PreMortemRiskSchema } from './end-state';
import { LifecycleCostSchema } from './cost';
import { findIntegrityProblems } from './integrity';
import { LIMITS } from './limits';
import { OperatingModelSchema } from './operating-model';
import { ParticipantSchema } from './participants';
import { PilotPlanSchema } from './pilot';
import { DateSchema, DateTimeSchema, IdSchema, LongTextSchema, ShortTextSchema, StageIdSchema } from './primitives';
import { RaciSchema } from './raci';
import { RoomSchema } from './room';
import { PHASES, ReadinessPointSchema, SessionSchema } from './sessions';
import { StandardSchema } from './standards';
import { TransitionPlanSchema } from './transition';

/**
 * The version of the workshop record. Bump it only together with a step in migrations.ts, a
 * Dexie version that upgrades the stored rows, a fixture of the previous version and a test that
 * upgrades it with every field intact (renderer/src/db/README.md, "How to add a schema version").
 */
export const CURRENT_SCHEMA_VERSION = 4;

export const TemplateSchema = z.enum(TEMPLATE_IDS);

export const WorkshopMetaSchema = z.strictObject({
  title: ShortTextSchema,
  organisation: ShortTextSchema,
  /** The workshop day. */
  date: DateSchema,
  facilitator: ShortTextSchema,
  template: TemplateSchema,
  currentStage: StageIdSchema,
  /** The AI capability, in one sentence. */
  capability: LongTextSchema,
  /** Since record version 4: where the plan is in the flow plan → pilot → go/no-go → transition → production. */
  phase: z.enum(PHASES),
});
export type WorkshopMeta = z.infer<typeof WorkshopMetaSchema>;

/** The whole workshop: one Dexie record, one `.endfirst` file, one source of truth. */
export const WorkshopSchema = z
  .strictObject({
    id: IdSchema,
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    createdAt: DateTimeSchema,
    updatedAt: DateTimeSchema,
    /** Set when moved to Trash; "delete forever" removes the record. */
    deletedAt: DateTimeSchema.nullable(),
    meta: WorkshopMetaSchema,
    participants: z.array(ParticipantSchema).max(LIMITS.participants),
    endState: EndStateSchema,
    preMortemRisks: z.array(PreMortemRiskSchema).max(LIMITS.preMortemRisks),
    operatingModel: OperatingModelSchema,
    standards: z.array(StandardSchema).max(LIMITS.standards),
    cost: LifecycleCostSchema,
    raci: RaciSchema,
    transition: TransitionPlanSchema,
    pilot: PilotPlanSchema,
    room: RoomSchema,
    /** Since record version 3: readiness findings the accountable person accepted, with an expiry. */
    acceptedFindings: z.array(AcceptedFindingSchema).max(LIMITS.acceptedFindings),
    /** Since record version 4: the meetings about this plan, oldest first (sessions.ts). */
    sessions: z.array(SessionSchema).max(LIMITS.sessions),
    /** Since record version 4: score and verdict at each session end and named version, oldest first. */
    readinessTrend: z.array(ReadinessPointSchema).max(LIMITS.readinessPoints),
  })
  .superRefine((workshop, ctx) => {
    for (const problem of findIntegrityProblems(workshop)) {
      ctx.addIssue({
        code: 'custom',
        path: [...problem.path],
        message: problem.message,
        params: { firstPath: problem.firstPath },
      });
    }
  });

export type Workshop = z.infer<typeof WorkshopSchema>;
