import type { Workshop } from '../../../../shared/domain';

/** The three default standards record version 3 added to every plan. */
const ADDED_IN_V3 = new Set(['evaluation-quality-gate', 'human-oversight', 'ai-risk-assessment']);

/**
 * A current workshop with everything the upgrade steps add taken out and the version set back to
 * 1: the committed v1 files and fixtures stay as they were written, so comparing them with this
 * proves every field they had survived the upgrade unchanged. Each step's additions are listed
 * here; a step added later that this forgets makes the comparisons fail, which is the point.
 */
export function asWrittenAtVersion1(workshop: Workshop): unknown {
  // v2: week-plan rows got ids.
  const weekPlan = workshop.transition.weekPlan.map(({ id: _id, ...row }) => row);
  // v3: AI depth.
  const { inputVarieties: _varieties, aiRisk: _aiRisk, ...endState } = workshop.endState;
  const { qualityGate: _gate, modelEndOfLife: _eol, ...operatingModel } = workshop.operatingModel;
  const { runningCostApprovedYears: _years, revalidationPerYearCents: _revalidation, ...cost } = workshop.cost;
  const { acceptedFindings: _accepted, sessions: _sessions, readinessTrend: _trend, ...rest } = workshop;
  // v4: sessions, trend, phase, results and decision, status over time; 'evidenced' became 'met'.
  const { phase: _phase, ...meta } = workshop.meta;
  const { decision: _decision, ...pilot } = workshop.pilot;
  return {
    ...rest,
    schemaVersion: 1,
    meta,
    endState,
    operatingModel,
    cost,
    preMortemRisks: workshop.preMortemRisks.map(({ acceptance: _acceptance, ...risk }) => risk),
    standards: workshop.standards
      .filter((standard) => !ADDED_IN_V3.has(standard.key))
      .map(({ metOn: _metOn, waivedReason: _reason, ...standard }) => ({
        ...standard,
        status: standard.status === 'met' ? 'evidenced' : standard.status,
      })),
    transition: { ...workshop.transition, weekPlan },
    pilot: { ...pilot, hypotheses: pilot.hypotheses.map(({ result: _result, ...hypothesis }) => hypothesis) },
    room: { ...workshop.room, actions: workshop.room.actions.map(({ statusHistory: _history, ...action }) => action) },
  };
}
