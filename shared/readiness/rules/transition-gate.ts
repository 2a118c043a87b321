import { STANDARD_STATUS_LABELS } from '../../text';
import { filled, type Rule } from '../rule';
import { metWithoutEvidence, waivedWithoutReason } from './standards-evidence';
import { standardName } from './standards';

/**
 * The transition gate: after "go", the review asks whether the pilot can be handed over to
 * operations. Every applying standard is met with evidence and a date, or waived with a reason; the
 * transition team has both the people who built it and the people who will run it; the owner has
 * confirmed. These rules are quiet before "go".
 */

/** Shown, for the hand-over: met with evidence and its date, or waived with a reason. */
const isSettled = (s: Parameters<typeof metWithoutEvidence>[0]): boolean =>
  (s.status === 'met' && !metWithoutEvidence(s)) || (s.status === 'waived' && !waivedWithoutReason(s));

export const standardNotShownForTransition: Rule = {
  id: 'standards.not-shown-for-transition',
  area: 'standards',
  severity: 'blocking',
  caps: 'fix-before-starting',
  per: 'item',
  title: 'A standard is not shown met before the hand-over',
  check(workshop, { gate }) {
    if (gate !== 'transition') return [];
    return workshop.standards
      .filter((s) => s.applies && !isSettled(s))
      .map((s) => {
        const name = standardName(s);
        if (s.status === 'waived') {
          return {
            subject: s.id,
            title: `${name}: waived, no reason`,
            message: `${name} is waived with no reason. Operations cannot take it over on an unexplained waiver.`,
            fix: { fieldPath: ['standards', { id: s.id }, 'waivedReason'], label: `Say why ${name} is waived` },
          };
        }
        if (s.status === 'met') {
          const noEvidence = !filled(s.evidence);
          return {
            subject: s.id,
            title: `${name}: met, but not shown`,
            message: `${name} is marked as met with ${noEvidence ? 'no evidence' : 'no date'}. Before the hand-over it needs both.`,
            fix: {
              fieldPath: ['standards', { id: s.id }, noEvidence ? 'evidence' : 'metOn'],
              label: noEvidence ? `Record the evidence for ${name}` : `Add the date ${name} was met`,
            },
          };
        }
        return {
          subject: s.id,
          title: `${name} is not met yet`,
          message: `Before the hand-over, ${name} must be met, with evidence and a date, or waived with a reason. It is ${STANDARD_STATUS_LABELS[s.status].toLowerCase()} now.`,
          fix: { fieldPath: ['standards', { id: s.id }, 'status'], label: `Record whether ${name} is met` },
        };
      });
  },
};

export const ownerNotConfirmedForTransition: Rule = {
  id: 'operating-model.owner-not-confirmed-for-transition',
  area: 'operating-model',
  severity: 'blocking',
  caps: 'do-not-start',
  per: 'area',
  title: 'The owner has not confirmed before the hand-over',
  check({ operatingModel: om }, { gate, owner }) {
    if (gate !== 'transition' || owner === null || om.ownerConfirmed) return [];
    return [
      {
        title: 'Owner not confirmed for the hand-over',
        message: `${owner.name} is named as the operational owner but has not confirmed it. Nobody hands over to an owner who has not said yes.`,
        fix: { fieldPath: ['operatingModel', 'ownerConfirmed'], label: `Record that ${owner.name} confirmed` },
      },
    ];
  },
};

export const transitionTeamNotBooked: Rule = {
  id: 'transition.team-not-booked',
  area: 'transition',
  severity: 'blocking',
  caps: 'do-not-start',
  per: 'area',
  title: 'The transition team is not booked',
  check(workshop, { gate, participantsById }) {
    if (gate !== 'transition') return [];
    const sides = new Set(workshop.transition.members.filter((m) => participantsById.has(m.participantId)).map((m) => m.side));
    const missing = (['innovation', 'operations'] as const).filter((side) => !sides.has(side));
    if (missing.length === 0) return [];
    const who = missing.length === 2 ? 'innovation and operations people' : `${missing[0]} people`;
    return [
      {
        title: missing.length === 2 ? 'No transition team booked' : `No ${missing[0]} people on the transition team`,
        message: `The hand-over needs a team with both sides on it, and it has no ${who}. Book them before the transition starts.`,
        fix: { fieldPath: ['transition', 'members'], label: `Add ${who} to the transition team` },
      },
    ];
  },
};

export const TRANSITION_GATE_RULES: readonly Rule[] = [standardNotShownForTransition, ownerNotConfirmedForTransition, transitionTeamNotBooked];
