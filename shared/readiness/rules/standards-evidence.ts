import type { Standard } from '../../domain/standards';
import { isRequiredForClass } from '../../method/ai-risk-questions';
import { filled, type Rule } from '../rule';
import { standardName } from './standards';

/**
 * Standards over time: a standard moves agreed → in progress → met (with the evidence and the day
 * it showed it) or waived (with the reason). These rules check the two end states are recorded
 * properly. At the transition gate the stronger rule in transition-gate.ts takes over.
 */

/** Met, but the evidence or the day it was met is missing: a claim, not a record. */
export const metWithoutEvidence = (s: Standard): boolean => s.status === 'met' && (!filled(s.evidence) || s.metOn === null);

export const waivedWithoutReason = (s: Standard): boolean => s.status === 'waived' && !filled(s.waivedReason);

export const standardMetWithoutEvidence: Rule = {
  id: 'standards.met-without-evidence',
  area: 'standards',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'item',
  title: 'A standard is met without evidence',
  check(workshop, { gate }) {
    if (gate === 'transition') return [];
    return workshop.standards
      .filter((s) => s.applies && metWithoutEvidence(s))
      .map((s) => {
        const noEvidence = !filled(s.evidence);
        const missing = noEvidence ? (s.metOn === null ? 'no evidence and no date' : 'no evidence') : 'no date';
        return {
          subject: s.id,
          title: `${standardName(s)}: met, with ${missing}`,
          message: `${standardName(s)} is marked as met, with ${missing}. Write down what shows it is met and when, so the claim can be checked.`,
          fix: {
            fieldPath: ['standards', { id: s.id }, noEvidence ? 'evidence' : 'metOn'],
            label: noEvidence ? `Record the evidence for ${standardName(s)}` : `Add the date ${standardName(s)} was met`,
          },
        };
      });
  },
};

export const standardWaivedWithoutReason: Rule = {
  id: 'standards.waived-without-reason',
  area: 'standards',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'item',
  title: 'A standard is waived with no reason',
  check(workshop, { gate, riskClass }) {
    if (gate === 'transition') return [];
    return workshop.standards
      // A standard a high-risk system requires is reported by standards.high-risk-required, as a blocker.
      .filter((s) => s.applies && waivedWithoutReason(s) && !isRequiredForClass(s.key, riskClass))
      .map((s) => ({
        subject: s.id,
        title: `${standardName(s)}: waived, no reason`,
        message: `${standardName(s)} is waived, but nobody wrote down why. A waiver needs a reason the room and operations accept.`,
        fix: { fieldPath: ['standards', { id: s.id }, 'waivedReason'], label: `Say why ${standardName(s)} is waived` },
      }));
  },
};

export const STANDARDS_EVIDENCE_RULES: readonly Rule[] = [standardMetWithoutEvidence, standardWaivedWithoutReason];
