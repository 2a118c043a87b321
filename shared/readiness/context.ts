import type { LifecycleResult } from '../cost/lifecycle';
import { lifecycleOfCost } from '../cost/stored-cost';
import type { Participant } from '../domain/participants';
import type { RaciParty } from '../domain/raci';
import type { AiRiskClass } from '../domain/ai-risk';
import type { ReadinessGate } from '../domain/sessions';
import type { Workshop } from '../domain/workshop';
import { effectiveRiskClass } from '../method/risk-class';
import { readinessGate } from './gate';

/**
 * Lookups every rule may need, built once per assessment in one pass over each list, so that no
 * rule searches a list inside a loop over another (a plan with hundreds of items stays linear).
 */
export interface ReadinessContext {
  readonly participantsById: ReadonlyMap<string, Participant>;
  readonly standardIds: ReadonlySet<string>;
  readonly riskIds: ReadonlySet<string>;
  readonly hypothesisIds: ReadonlySet<string>;
  readonly raciParties: readonly RaciParty[];
  readonly raciActivityIds: ReadonlySet<string>;
  /** Knowledge-transfer activities and exit criteria: what a "transition" risk answer can point at. */
  readonly transitionItemIds: ReadonlySet<string>;
  readonly decisionIds: ReadonlySet<string>;
  readonly actionIds: ReadonlySet<string>;
  /** The operational owner, or null when nobody is named (a removed participant does not count). */
  readonly owner: { readonly name: string; readonly participant: Participant | null } | null;
  readonly lifecycle: LifecycleResult;
  /** Starting the pilot, or (after "go") handing over to operations: some rules speak of one gate only. */
  readonly gate: ReadinessGate;
  /** The room's chosen AI risk class, else the one its answers suggest. */
  readonly riskClass: AiRiskClass;
  /**
   * Today's date where the facilitator is (YYYY-MM-DD), passed in so the rules stay pure; null when
   * the caller does not say, and then no acceptance counts as expired.
   */
  readonly today: string | null;
}

const ids = (items: readonly { readonly id: string }[]): ReadonlySet<string> => new Set(items.map((item) => item.id));

export function buildContext(workshop: Workshop, today: string | null = null): ReadinessContext {
  const participantsById = new Map(workshop.participants.map((p) => [p.id, p]));
  const om = workshop.operatingModel;
  const ownerParticipant = om.ownerParticipantId === null ? null : (participantsById.get(om.ownerParticipantId) ?? null);
  const ownerName = om.ownerName.trim() || ownerParticipant?.name.trim() || '';
  const owner =
    ownerParticipant !== null || ownerName !== ''
      ? { name: ownerName === '' ? 'The chosen participant' : ownerName, participant: ownerParticipant }
      : null;

  const { cost } = workshop;
  // Units: the domain stores every amount as integer cents (hundredths of the currency unit, for
  // every currency), while shared/cost speaks of "minor units of the currency". They differ only for
  // currencies without two decimals (JPY, KWD). The rules read only the gate (benefit ≥ cost), the
  // missing inputs and the transition ÷ prototype warnings: comparisons and ratios of figures that
  // are all in the same unit, so the unit cancels out and the cents pass straight through. No rule
  // prints an amount, so nothing here is ever formatted as money.
  const lifecycle = lifecycleOfCost(cost);

  return {
    participantsById,
    standardIds: ids(workshop.standards),
    riskIds: ids(workshop.preMortemRisks),
    hypothesisIds: ids(workshop.pilot.hypotheses),
    raciParties: workshop.raci.parties,
    raciActivityIds: ids(workshop.raci.activities),
    transitionItemIds: new Set([...workshop.transition.activities, ...workshop.transition.exitCriteria].map((i) => i.id)),
    decisionIds: ids(workshop.room.decisions),
    actionIds: ids(workshop.room.actions),
    owner,
    lifecycle,
    gate: readinessGate(workshop),
    riskClass: effectiveRiskClass(workshop.endState.aiRisk),
    today,
  };
}
