import type { PreMortemRisk, RiskAnswer } from '../../../../../shared/domain/end-state';
import type { Workshop } from '../../../../../shared/domain/workshop';

/** The ids an "answered by" link may point at, by kind; built once per render, not per risk. */
export interface AnswerTargets {
  readonly standard: ReadonlySet<string>;
  readonly raci: ReadonlySet<string>;
  readonly transition: ReadonlySet<string>;
  readonly pilot: ReadonlySet<string>;
  readonly decision: ReadonlySet<string>;
  readonly action: ReadonlySet<string>;
}

const ids = (items: readonly { readonly id: string }[]) => new Set(items.map((item) => item.id));

export function answerTargets(workshop: Workshop): AnswerTargets {
  return {
    standard: ids(workshop.standards),
    raci: ids(workshop.raci.activities),
    transition: ids([...workshop.transition.activities, ...workshop.transition.exitCriteria]),
    pilot: ids(workshop.pilot.hypotheses),
    decision: ids(workshop.room.decisions),
    action: ids(workshop.room.actions),
  };
}

/**
 * Whether a link still points at something — the same test as the readiness rule
 * (shared/readiness/rules/risks.ts), so this badge and the review's "unanswered" flag agree:
 * a whole-section answer (refId null, or the operating model / cost) always counts.
 */
function resolves(answer: RiskAnswer, targets: AnswerTargets): boolean {
  if (answer.refId === null || answer.kind === 'operating-model' || answer.kind === 'cost') return true;
  return targets[answer.kind].has(answer.refId);
}

export const resolvedAnswerCount = (risk: PreMortemRisk, targets: AnswerTargets): number =>
  risk.answeredBy.filter((answer) => resolves(answer, targets)).length;

export const describeAnswers = (count: number): string => (count === 0 ? 'No answer yet' : `Answered by ${count}`);

/**
 * The pre-mortem's one-line tally, e.g. "6 risks · 1 with no answer yet" or "6 risks, all answered
 * in the plan or accepted · 1 accepted"; empty when there are none. Accepted risks do not count as
 * unanswered.
 */
export function describeRiskTally(total: number, unanswered: number, accepted = 0): string {
  if (total === 0) return '';
  const risks = total === 1 ? '1 risk' : `${total} risks`;
  const acceptedPart = accepted === 0 ? '' : ` · ${accepted} accepted`;
  if (unanswered > 0) return `${risks} · ${unanswered} with no answer yet${acceptedPart}`;
  return accepted === 0 ? `${risks}, all answered in the plan` : `${risks}, all answered in the plan or accepted${acceptedPart}`;
}
