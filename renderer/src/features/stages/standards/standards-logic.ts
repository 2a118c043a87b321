import { newDefaultStandard } from '../../../../../shared/domain/create-workshop';
import type { Likelihood } from '../../../../../shared/domain/primitives';
import { STANDARD_STATUSES, type Standard, type StandardStatus } from '../../../../../shared/domain/standards';
import { plural, STANDARD_STATUS_LABELS } from '../../../../../shared/text';
import { DEFAULT_STANDARD_KEYS, DEFAULT_STANDARDS, type DefaultStandardKey } from '../../../../../shared/method/standards';

export const PRIORITY_OPTIONS: readonly { value: Likelihood; label: string }[] = [
  { value: 'high', label: 'High' },
  { value: 'medium', label: 'Medium' },
  { value: 'low', label: 'Low' },
];

export const STATUS_OPTIONS: readonly { value: StandardStatus; label: string }[] = (
  STANDARD_STATUSES
).map((value) => ({ value, label: STANDARD_STATUS_LABELS[value] }));

const DEFAULTS_BY_KEY = new Map(DEFAULT_STANDARDS.map((standard) => [standard.key, standard]));

const isDefaultKey = (key: string): key is DefaultStandardKey => DEFAULTS_BY_KEY.has(key as DefaultStandardKey);

/** The one-line description of a default standard; custom standards have none. */
export const defaultDescription = (standard: Standard): string | null =>
  isDefaultKey(standard.key) ? (DEFAULTS_BY_KEY.get(standard.key)?.description ?? null) : null;

/**
 * What the room calls each standard, also used to name its controls ("Owner of Security review").
 * An unnamed custom standard is "custom standard 2" (its place among the custom ones).
 */
export function standardTitles(standards: readonly Standard[]): string[] {
  let customCount = 0;
  return standards.map((standard) => {
    if (standard.key === 'custom') {
      customCount += 1;
      return standard.name.trim() || `custom standard ${customCount}`;
    }
    return standard.name.trim() || DEFAULTS_BY_KEY.get(standard.key)?.name || standard.key;
  });
}

/** "Name of custom standard 2": a custom standard's name field, labelled by position, not by what is typed in it. */
export function customNumbers(standards: readonly Standard[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const standard of standards) if (standard.key === 'custom') numbers.set(standard.id, numbers.size + 1);
  return numbers;
}


/** "8 standards · 4 agreed · 1 in progress · 1 met · 1 waived · 1 without an owner · 1 does not apply" */
export function describeStandards(standards: readonly Standard[]): string {
  const applying = standards.filter((s) => s.applies);
  const agreed = standards.filter((s) => s.status === 'agreed').length;
  const inProgress = standards.filter((s) => s.status === 'in-progress').length;
  const met = standards.filter((s) => s.status === 'met').length;
  const waived = standards.filter((s) => s.status === 'waived').length;
  const withoutOwner = applying.filter((s) => s.owner.trim() === '').length;
  const notApplying = standards.length - applying.length;
  return [
    plural(standards.length, 'standard', 'standards'),
    `${agreed} agreed`,
    inProgress > 0 ? `${inProgress} in progress` : null,
    met > 0 ? `${met} met` : null,
    waived > 0 ? `${waived} waived` : null,
    `${withoutOwner} without an owner`,
    notApplying > 0 ? plural(notApplying, 'does not apply', 'do not apply') : null,
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

/** The default keys an imported or edited plan has lost (shared/method/METHOD.md: never silently dropped). */
export function missingDefaultKeys(standards: readonly Standard[]): DefaultStandardKey[] {
  const present = new Set(standards.map((s) => s.key));
  return DEFAULT_STANDARD_KEYS.filter((key) => !present.has(key));
}

export const defaultName = (key: DefaultStandardKey): string => DEFAULTS_BY_KEY.get(key)?.name ?? key;

export { newDefaultStandard };

export function newCustomStandard(id: string): Standard {
  return { ...newDefaultStandard('security-review', id), key: 'custom', name: '', priority: 'medium' };
}

/**
 * Puts every missing default back where it belongs: after the defaults that come before it in
 * the method's order (so custom standards stay below the ten), leaving everything else as it is.
 */
export function withDefaultsRestored(standards: readonly Standard[], newId: () => string): Standard[] {
  const result = [...standards];
  for (const key of missingDefaultKeys(standards)) {
    const rank = DEFAULT_STANDARD_KEYS.indexOf(key);
    let insertAt = 0;
    result.forEach((standard, index) => {
      if (isDefaultKey(standard.key) && DEFAULT_STANDARD_KEYS.indexOf(standard.key) < rank) insertAt = index + 1;
    });
    result.splice(insertAt, 0, newDefaultStandard(key, newId()));
  }
  return result;
}

/** Row fields that live in the folded part of a row: a "Go to…" aimed at one of them opens the row. */
const FOLDED_FIELDS: ReadonlySet<string> = new Set(['applies', 'notApplicableReason', 'acceptanceCriteria', 'evidence', 'metOn', 'waivedReason']);

/** The standard id in a focus target such as "standards.#<id>.evidence", when it names a folded field. */
export function rowOfFocusTarget(target: string | null): string | null {
  const match = target === null ? null : /^standards\.#([^.]+)\.(\w+)$/.exec(target);
  return match && FOLDED_FIELDS.has(match[2] ?? '') ? (match[1] ?? null) : null;
}
