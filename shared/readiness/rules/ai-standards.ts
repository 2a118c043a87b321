import type { Standard } from '../../domain/standards';
import type { Workshop } from '../../domain/workshop';
import type { DefaultStandardKey } from '../../method/standards';
import { DEFAULT_STANDARDS } from '../../method/standards';
import { REQUIRED_FOR_HIGH_RISK } from '../../method/ai-risk-questions';
import { excerpt, filled, type Rule, type RuleHit } from '../rule';

// For a high-risk system the AI Act requires both: human oversight (Art. 14) and risk management
// (Art. 9). One list, shared with the standards screen that marks them "Required".
const HIGH_RISK_REQUIRED_KEYS = REQUIRED_FOR_HIGH_RISK;

const nameOf = (key: DefaultStandardKey): string => DEFAULT_STANDARDS.find((d) => d.key === key)?.name ?? key;
const standardOf = (workshop: Workshop, key: DefaultStandardKey): Standard | undefined =>
  workshop.standards.find((s) => s.key === key);
const waived = (s: Standard): boolean => s.status === 'waived';

/**
 * Issue #12 item 3: for a high-risk system, Human oversight and the AI risk assessment cannot be
 * removed, marked as not applying or waived without a stated reason. Blocking, because the law
 * requires them; but "fix before starting", not "do not start": writing the reason (or putting the
 * standard back) is quick.
 */
export const highRiskStandardMissing: Rule = {
  id: 'standards.high-risk-required',
  area: 'standards',
  severity: 'blocking',
  caps: 'fix-before-starting',
  per: 'item',
  title: 'A standard a high-risk system requires is set aside without a reason',
  check(workshop, { riskClass }) {
    if (riskClass !== 'high') return [];
    const hits: RuleHit[] = [];
    for (const key of HIGH_RISK_REQUIRED_KEYS) {
      const name = nameOf(key);
      const s = standardOf(workshop, key);
      const required = `The system is classed as high risk, and a high-risk system must have ${name}.`;
      if (s === undefined) {
        hits.push({
          subject: key,
          title: `${name} is required for a high-risk system`,
          message: `${required} It has been removed from the standards: put it back.`,
          fix: { fieldPath: ['standards'], label: `Add ${name} back` },
        });
      } else if (!s.applies && !filled(s.notApplicableReason)) {
        hits.push({
          subject: key,
          title: `${name} set aside with no reason`,
          message: `${required} It is marked as not applying, with no reason given.`,
          fix: { fieldPath: ['standards', { id: s.id }, 'notApplicableReason'], label: `Say why ${name} does not apply` },
        });
      } else if (s.applies && waived(s) && !filled(s.waivedReason)) {
        hits.push({
          subject: key,
          title: `${name} waived with no reason`,
          message: `${required} It is waived, with no reason given.`,
          fix: { fieldPath: ['standards', { id: s.id }, 'waivedReason'], label: `Say why ${name} is waived` },
        });
      }
    }
    return hits;
  },
};

/**
 * Issue #12: "no human oversight for a high-class system". The blocker above catches oversight set
 * aside silently; this warning catches it set aside with a reason, which the room should still
 * look at twice: either the class is wrong or the oversight is needed.
 */
export const noHumanOversight: Rule = {
  id: 'standards.no-human-oversight',
  area: 'standards',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'area',
  title: 'A high-risk system without human oversight',
  check(workshop, { riskClass }) {
    if (riskClass !== 'high') return [];
    const s = standardOf(workshop, 'human-oversight');
    if (s === undefined) return [];
    const reason = !s.applies ? s.notApplicableReason : waived(s) ? s.waivedReason : '';
    if (!filled(reason)) return [];
    return [
      {
        title: 'No human oversight for a high-risk system',
        message:
          `Human oversight is ${s.applies ? 'waived' : 'marked as not applying'} ("${excerpt(reason)}"), but the system ` +
          'is classed as high risk, and a high-risk system must be overseen by people. Either the class is wrong or the ' +
          'oversight is needed.',
        fix: { fieldPath: ['standards', { id: s.id }, 'applies'], label: 'Revisit Human oversight' },
      },
    ];
  },
};

/**
 * "Personal or special-category data with no data-governance criterion about it". A keyword
 * heuristic, and said to be one in METHOD.md: it checks that the data-governance acceptance criteria
 * mention the kind of data at all, not that what they say is enough.
 */
export const PERSONAL_DATA_WORDS = ['personal', 'gdpr', 'data protection', 'privacy', 'dpia', 'pii'] as const;
export const SPECIAL_CATEGORY_WORDS = ['special categor', 'special-categor', 'art. 9', 'article 9', 'health', 'biometric'] as const;

const mentionsAny = (text: string, words: readonly string[]): boolean => {
  const lower = text.toLowerCase();
  return words.some((word) => lower.includes(word));
};

export const dataGovernanceSilent: Rule = {
  id: 'standards.data-governance-silent',
  area: 'standards',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'area',
  title: 'Personal data with no data-governance criterion about it',
  check(workshop) {
    const { personalData, specialCategoryData } = workshop.endState.aiRisk;
    const special = specialCategoryData === true;
    if (!special && personalData !== true) return [];
    const s = standardOf(workshop, 'data-governance');
    // Removed, or applying with no criteria at all: the standards rules already say so.
    if (s === undefined || (s.applies && !filled(s.acceptanceCriteria))) return [];
    const kind = special ? 'special-category personal data' : 'personal data';
    const words = special ? SPECIAL_CATEGORY_WORDS : [...PERSONAL_DATA_WORDS, ...SPECIAL_CATEGORY_WORDS];
    if (!s.applies) {
      return [
        {
          title: `Data governance does not apply, yet the system uses ${kind}`,
          message: `The system processes ${kind}, but the Data governance standard is marked as not applying.`,
          fix: { fieldPath: ['standards', { id: s.id }, 'applies'], label: 'Revisit Data governance' },
        },
      ];
    }
    if (mentionsAny(s.acceptanceCriteria, words)) return [];
    return [
      {
        title: `No data-governance criterion about ${kind}`,
        message:
          `The system processes ${kind}, but the Data governance acceptance criteria do not mention it. ` +
          `Say how ${kind} is handled (lawful basis, who may see it, how long it is kept).`,
        fix: {
          fieldPath: ['standards', { id: s.id }, 'acceptanceCriteria'],
          label: `Add a criterion about ${kind}`,
        },
      },
    ];
  },
};
