import type { Standard } from '../../domain/standards';
import { isRequiredForClass } from '../../method/ai-risk-questions';
import { DEFAULT_STANDARDS } from '../../method/standards';
import { type AreaFine, filled, plural, type Rule } from '../rule';

const DEFAULT_NAMES: ReadonlyMap<string, string> = new Map(DEFAULT_STANDARDS.map((s) => [s.key, s.name]));

/** The standard's own name, or the default's name, so a message always names something. */
export function standardName(standard: Standard): string {
  return standard.name.trim() || DEFAULT_NAMES.get(standard.key) || 'An unnamed standard';
}

/** shared/method/METHOD.md: "any of the ten defaults missing without a reason" (here: removed from the list). */
export const defaultStandardMissing: Rule = {
  id: 'standards.default-missing',
  area: 'standards',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'item',
  title: 'A default standard is missing',
  check(workshop) {
    const present = new Set(workshop.standards.map((s) => s.key));
    return DEFAULT_STANDARDS.filter((d) => !present.has(d.key)).map((d) => ({
      subject: d.key,
      title: `${d.name} is missing`,
      message:
        `The ${d.name} standard has been removed. The ten standards are always on the table: ` +
        'put it back, and if it does not apply here, say why.',
      fix: { fieldPath: ['standards'], label: `Add ${d.name} back` },
    }));
  },
};

/** shared/method/METHOD.md: "…missing without a reason" (here: marked as not applying, with no reason given). */
export const notApplicableWithoutReason: Rule = {
  id: 'standards.not-applicable-without-reason',
  area: 'standards',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'item',
  title: 'A standard does not apply, with no reason',
  check(workshop, { riskClass }) {
    return workshop.standards
      // A standard a high-risk system requires is reported by standards.high-risk-required, as a blocker.
      .filter((s) => !s.applies && !filled(s.notApplicableReason) && !isRequiredForClass(s.key, riskClass))
      .map((s) => ({
        subject: s.id,
        title: `${standardName(s)}: no reason it does not apply`,
        message: `${standardName(s)} is marked as not applying, but nobody wrote down why.`,
        fix: { fieldPath: ['standards', { id: s.id }, 'notApplicableReason'], label: `Say why ${standardName(s)} does not apply` },
      }));
  },
};

/** shared/method/METHOD.md: "A standard with no acceptance criteria". */
export const noAcceptanceCriteria: Rule = {
  id: 'standards.no-acceptance-criteria',
  area: 'standards',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'item',
  title: 'A standard has no acceptance criteria',
  check(workshop) {
    return workshop.standards
      .filter((s) => s.applies && !filled(s.acceptanceCriteria))
      .map((s) => ({
        subject: s.id,
        title: `${standardName(s)} has no acceptance criteria`,
        message: `${standardName(s)} has no acceptance criteria, so nobody can say when it is met.`,
        fix: {
          fieldPath: ['standards', { id: s.id }, 'acceptanceCriteria'],
          label: `Write acceptance criteria for ${standardName(s)}`,
        },
      }));
  },
};

/** shared/method/METHOD.md: "A standard with … no owner". */
export const noStandardOwner: Rule = {
  id: 'standards.no-owner',
  area: 'standards',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'item',
  title: 'A standard has no owner',
  check(workshop) {
    return workshop.standards
      .filter((s) => s.applies && !filled(s.owner))
      .map((s) => ({
        subject: s.id,
        title: `${standardName(s)} has no owner`,
        message: `${standardName(s)} has no owner, so nobody is answerable for meeting it.`,
        fix: { fieldPath: ['standards', { id: s.id }, 'owner'], label: `Name an owner for ${standardName(s)}` },
      }));
  },
};

export const STANDARDS_RULES: readonly Rule[] = [
  defaultStandardMissing,
  notApplicableWithoutReason,
  noAcceptanceCriteria,
  noStandardOwner,
];

export const standardsFine: AreaFine = {
  area: 'standards',
  check(workshop) {
    const applying = workshop.standards.filter((s) => s.applies).length;
    return {
      title: 'Standards defined',
      message:
        `All ten default standards are on the table; ${plural(applying, 'standard applies and has', 'standards apply and have')} ` +
        'acceptance criteria and an owner.',
      fix: { fieldPath: ['standards'], label: 'Review the production standards' },
    };
  },
};
