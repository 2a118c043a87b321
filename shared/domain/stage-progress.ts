import { STAGE_IDS, type StageId } from '../method/stages';
import type { Workshop } from './workshop';

export interface StageFill {
  readonly done: number;
  readonly total: number;
}

const filled = (text: string) => text.trim().length > 0;
const count = (checks: readonly boolean[]): StageFill => ({ done: checks.filter(Boolean).length, total: checks.length });

/** A list counts as one check per item, and one unmet check when it is empty. */
const perItem = <T>(items: readonly T[], isDone: (item: T) => boolean): StageFill =>
  items.length === 0 ? { done: 0, total: 1 } : { done: items.filter(isDone).length, total: items.length };

/**
 * How much of each stage the room has filled in: a rough measure for the stage rail and the
 * library's "completion", NOT the readiness verdict (that lives in shared/readiness and judges
 * quality; this only counts answered questions).
 */
export function stageProgress(workshop: Workshop): Record<StageId, StageFill> {
  const { meta, endState, operatingModel: om, cost, transition, pilot, room } = workshop;
  return {
    setup: count([
      filled(meta.title),
      filled(meta.organisation),
      filled(meta.facilitator),
      filled(meta.capability),
      workshop.participants.length >= 2,
    ]),
    'end-state': count([
      filled(endState.whatRuns),
      filled(endState.forWhom),
      endState.volumePerDay !== null,
      filled(endState.turnaround),
      filled(endState.qualityBar),
      filled(endState.brokenInputs),
      workshop.preMortemRisks.length > 0,
    ]),
    'operating-model': count([
      om.ownerParticipantId !== null || filled(om.ownerName),
      filled(om.ownerTeam),
      filled(om.operators),
      filled(om.supportHours),
      filled(om.onCall),
      filled(om.escalationPath),
      filled(om.serviceLevels),
      filled(om.changeApprover),
      filled(om.downtimeFallback),
      om.ownerConfirmed,
    ]),
    standards: perItem(workshop.standards, (s) =>
      s.applies ? filled(s.acceptanceCriteria) && filled(s.owner) : filled(s.notApplicableReason),
    ),
    cost: count([
      cost.prototypeCents !== null,
      cost.transitionCents !== null,
      cost.operationsPerYearCents !== null,
      cost.maintenancePerYearCents !== null,
      cost.benefitPerYearCents !== null,
      cost.horizonYears !== null,
    ]),
    ownership: perItem(workshop.raci.activities, (a) => Object.values(a.assignments).includes('A')),
    transition: count([
      transition.members.some((m) => m.side === 'innovation') && transition.members.some((m) => m.side === 'operations'),
      transition.weeks !== null,
      transition.startDate !== null,
      // Knowledge-transfer activities are pre-filled by createWorkshop, so they prove nothing here.
      transition.exitCriteria.length > 0,
      transition.weekPlan.some((entry) => entry.focus.trim() !== ''),
    ]),
    pilot: count([
      pilot.hypotheses.length > 0,
      pilot.hypotheses.length > 0 && pilot.hypotheses.every((h) => h.tests.length > 0),
      pilot.hypotheses.length > 0 && pilot.hypotheses.every((h) => filled(h.successCriteria) && filled(h.stopCriteria)),
      filled(pilot.data.volume),
      pilot.lengthWeeks !== null,
      pilot.budgetCents !== null,
      pilot.goNoGoDate !== null && pilot.deciderParticipantId !== null,
    ]),
    review: count([room.decisions.length > 0, room.actions.length > 0]),
  };
}

/** 0–100 over all stages together, rounded down so 100 means truly everything. */
export function completionPercent(progress: Record<StageId, StageFill>): number {
  let done = 0;
  let total = 0;
  for (const id of STAGE_IDS) {
    done += progress[id].done;
    total += progress[id].total;
  }
  return total === 0 ? 0 : Math.floor((done / total) * 100);
}
