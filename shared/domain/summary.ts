import { STAGE_IDS, stageIndex, type StageId } from '../method/stages';
import type { TemplateId } from '../method/agenda-templates';
import type { Phase } from './sessions';
import { completionPercent, stageProgress } from './stage-progress';
import type { Workshop } from './workshop';

/** One row of the library: everything the home screen lists, searches and sorts by. */
export interface WorkshopSummary {
  readonly id: string;
  readonly title: string;
  readonly organisation: string;
  readonly facilitator: string;
  readonly date: string;
  readonly template: TemplateId;
  readonly currentStage: StageId;
  /** The furthest stage the room has been on or written anything in. */
  readonly stageReached: StageId;
  readonly completionPercent: number;
  readonly participantCount: number;
  /**
   * Where the plan is (planning, pilot, go/no-go, transition, production, stopped). Optional because
   * rows written before record version 4 have none: the library reads those as Planning.
   */
  readonly phase?: Phase;
  readonly updatedAt: string;
  readonly deletedAt: string | null;
  /**
   * The due days of the actions not done yet, earliest first: the library counts the overdue ones
   * against today when it shows the row (a stored count would go stale overnight). Rows written
   * before this field existed lack it.
   */
  readonly openActionDues?: readonly string[];
}

export function summarize(workshop: Workshop): WorkshopSummary {
  const progress = stageProgress(workshop);
  // Decisions and actions are taken in any stage, so review content alone does not mean the room got there.
  const furthestWithContent = STAGE_IDS.reduce(
    (furthest, id, index) => (id !== 'review' && progress[id].done > 0 ? index : furthest),
    0,
  );
  const reachedIndex = Math.max(furthestWithContent, stageIndex(workshop.meta.currentStage));
  return {
    id: workshop.id,
    title: workshop.meta.title,
    organisation: workshop.meta.organisation,
    facilitator: workshop.meta.facilitator,
    date: workshop.meta.date,
    template: workshop.meta.template,
    currentStage: workshop.meta.currentStage,
    stageReached: STAGE_IDS[reachedIndex] ?? 'setup',
    completionPercent: completionPercent(progress),
    participantCount: workshop.participants.length,
    phase: workshop.meta.phase,
    updatedAt: workshop.updatedAt,
    deletedAt: workshop.deletedAt,
    openActionDues: workshop.room.actions
      .filter((action) => action.status !== 'done' && action.due !== null)
      .map((action) => action.due as string)
      .sort(),
  };
}
