import type { RiskAnswer } from '../../domain/end-state';
import type { ReadinessContext } from '../context';
import { type AreaFine, excerpt, filled, plural, type Rule } from '../rule';

/**
 * Whether an "answered by" link still points at something. A null refId answers with a whole
 * section (the operating model, the cost model); a refId must name an item that still exists.
 */
function answers(answer: RiskAnswer, context: ReadinessContext): boolean {
  if (answer.refId === null) return true;
  switch (answer.kind) {
    case 'operating-model':
    case 'cost':
      return true;
    case 'standard':
      return context.standardIds.has(answer.refId);
    case 'raci':
      return context.raciActivityIds.has(answer.refId);
    case 'transition':
      return context.transitionItemIds.has(answer.refId);
    case 'pilot':
      return context.hypothesisIds.has(answer.refId);
    case 'decision':
      return context.decisionIds.has(answer.refId);
    case 'action':
      return context.actionIds.has(answer.refId);
  }
}

/** Stage 1 asks for a pre-mortem; with none, there is nothing for the plan to answer. */
export const noPreMortem: Rule = {
  id: 'risks.no-pre-mortem',
  area: 'risks',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'area',
  title: 'No pre-mortem',
  check(workshop) {
    if (workshop.preMortemRisks.length > 0) return [];
    return [
      {
        title: 'No pre-mortem risks',
        message:
          'No pre-mortem risks are recorded. Ask the room: "A year from now this pilot quietly died. Why?" ' +
          'Each reason is a risk the plan must answer.',
        fix: { fieldPath: ['preMortemRisks'], label: 'Run the pre-mortem', stageId: 'end-state' },
      },
    ];
  },
};

/** shared/method/METHOD.md: "Pre-mortem risks with no answer anywhere in the plan". */
export const unansweredRisk: Rule = {
  id: 'risks.unanswered',
  area: 'risks',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'item',
  title: 'A pre-mortem risk is answered nowhere in the plan',
  check(workshop, context) {
    return workshop.preMortemRisks
      .filter((r) => !r.answeredBy.some((a) => answers(a, context)))
      .map((r) => ({
        subject: r.id,
        title: 'A risk with no answer',
        message: `Nothing in the plan answers the risk ${filled(r.text) ? `"${excerpt(r.text)}"` : 'with no description'}.`,
        fix: {
          fieldPath: ['preMortemRisks', { id: r.id }, 'answeredBy'],
          label: 'Link what in the plan answers this risk',
          stageId: 'review', // the "Answered by…" control lives in the Review stage
        },
      }));
  },
};

export const RISKS_RULES: readonly Rule[] = [noPreMortem, unansweredRisk];

export const risksFine: AreaFine = {
  area: 'risks',
  check(workshop) {
    const count = workshop.preMortemRisks.length;
    return {
      title: 'Every risk is answered',
      message: `${count === 1 ? 'The pre-mortem risk is' : `All ${plural(count, 'pre-mortem risk', 'pre-mortem risks')} are`} answered somewhere in the plan.`,
      fix: { fieldPath: ['preMortemRisks'], label: 'Review the pre-mortem risks', stageId: 'end-state' },
    };
  },
};
