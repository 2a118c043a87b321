import type { RiskAnswer } from '../../domain/end-state';
import { formatDay } from '../../text';
import { acceptanceState } from '../acceptance';
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

/**
 * shared/method/METHOD.md: "Pre-mortem risks with no answer anywhere in the plan". A risk someone
 * accepted is answered by that acceptance while it is live; a lapsed one is reported by the two
 * acceptance rules below instead, so the same risk is not reported twice.
 */
export const unansweredRisk: Rule = {
  id: 'risks.unanswered',
  area: 'risks',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'item',
  title: 'A pre-mortem risk is answered nowhere in the plan',
  check(workshop, context) {
    return workshop.preMortemRisks
      .filter((r) => r.acceptance === null && !r.answeredBy.some((a) => answers(a, context)))
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

const riskName = (text: string): string => (filled(text) ? `"${excerpt(text)}"` : 'with no description');

/** Issue #12: an accepted risk comes back when its date has passed. */
export const acceptanceExpired: Rule = {
  id: 'risks.acceptance-expired',
  area: 'risks',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'item',
  title: 'An accepted risk is past its date',
  check(workshop, { today }) {
    return workshop.preMortemRisks.flatMap((r) => {
      if (r.acceptance === null || acceptanceState(r.acceptance, today) !== 'expired') return [];
      const by = r.acceptance.acceptedBy.trim() || 'someone';
      return [
        {
          subject: r.id,
          title: 'An accepted risk has expired',
          message:
            `The risk ${riskName(r.text)} was accepted by ${by} until ${formatDay(r.acceptance.until ?? '')}, now expired. ` +
            'Answer it in the plan, or accept it again with a new date.',
          fix: {
            fieldPath: ['preMortemRisks', { id: r.id }, 'acceptance', 'until'],
            label: 'Review the accepted risk',
            stageId: 'end-state',
          },
        },
      ];
    });
  },
};

/** Issue #12: "a risk 'accepted' without an expiry date" (an acceptance nobody will look at again). */
export const acceptanceNoExpiry: Rule = {
  id: 'risks.acceptance-no-expiry',
  area: 'risks',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'item',
  title: 'A risk is accepted with no end date',
  check(workshop, { today }) {
    return workshop.preMortemRisks
      .filter((r) => r.acceptance !== null && acceptanceState(r.acceptance, today) === 'no-expiry')
      .map((r) => ({
        subject: r.id,
        title: 'A risk accepted with no end date',
        message:
          `The risk ${riskName(r.text)} is accepted by ${r.acceptance?.acceptedBy.trim() || 'someone'} with no end date. ` +
          'An acceptance must say until when, so it is looked at again.',
        fix: {
          fieldPath: ['preMortemRisks', { id: r.id }, 'acceptance', 'until'],
          label: 'Give the acceptance an end date',
          stageId: 'end-state',
        },
      }));
  },
};

export const RISKS_RULES: readonly Rule[] = [noPreMortem, unansweredRisk, acceptanceExpired, acceptanceNoExpiry];

export const risksFine: AreaFine = {
  area: 'risks',
  check(workshop) {
    const count = workshop.preMortemRisks.length;
    return {
      title: 'Every risk is answered',
      message: `${count === 1 ? 'The pre-mortem risk is' : `All ${plural(count, 'pre-mortem risk', 'pre-mortem risks')} are`} answered somewhere in the plan or accepted until a date still to come.`,
      fix: { fieldPath: ['preMortemRisks'], label: 'Review the pre-mortem risks', stageId: 'end-state' },
    };
  },
};
