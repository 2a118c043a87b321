import { currencyExponent, formatMoneyForInput, parseMoneyInput } from '../../../../../shared/cost';
import { LIMITS } from '../../../../../shared/domain/limits';
import type { HypothesisTest, PilotData, PilotHypothesis } from '../../../../../shared/domain/pilot';
import type { Workshop } from '../../../../../shared/domain/workshop';
import type { ParseOutcome } from '../../../../../shared/editing/parse-outcome';

/** A long text cut to one line for a label: "A carrier changed its invoice layout and…". */
export function excerpt(text: string, max = 60): string {
  const line = text.trim().replace(/\s+/g, ' ');
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

// ---------------------------------------------------------------------------------------------
// What a hypothesis tests
// ---------------------------------------------------------------------------------------------

type Parts = Pick<Workshop, 'standards' | 'preMortemRisks'>;

/** One entry of the "Add link" select; `value` round-trips through linkFromValue. */
export interface LinkOption {
  readonly value: string;
  readonly label: string;
  readonly group: 'The production model' | 'Standards' | 'Pre-mortem risks';
}

export const linkValue = (test: HypothesisTest): string => `${test.kind}:${test.refId ?? ''}`;

export function linkFromValue(value: string): HypothesisTest | null {
  const at = value.indexOf(':');
  if (at < 0) return null;
  const kind = value.slice(0, at);
  const refId = value.slice(at + 1) || null;
  switch (kind) {
    case 'operating-model':
    case 'cost':
      return { kind, refId: null };
    case 'standard':
    case 'risk':
      return refId === null ? null : { kind, refId };
    default:
      return null;
  }
}

const standardName = (name: string, index: number) => name.trim() || `Standard ${index + 1} (no name)`;
const riskName = (text: string, index: number) => excerpt(text) || `Risk ${index + 1} (no description)`;

/** Every piece of the production model a hypothesis could test, in the order the room met them. */
export function allLinkOptions({ standards, preMortemRisks }: Parts): LinkOption[] {
  return [
    { value: 'operating-model:', label: 'Operating model', group: 'The production model' },
    { value: 'cost:', label: 'Cost assumption', group: 'The production model' },
    ...standards.map((s, index) => ({
      value: `standard:${s.id}`,
      label: `Standard: ${standardName(s.name, index)}`,
      group: 'Standards' as const,
    })),
    ...preMortemRisks.map((r, index) => ({
      value: `risk:${r.id}`,
      label: `Risk: ${riskName(r.text, index)}`,
      group: 'Pre-mortem risks' as const,
    })),
  ];
}

/** What can still be added to this hypothesis: every option it does not link to yet. */
export function linkOptionsFor(hypothesis: PilotHypothesis, parts: Parts): LinkOption[] {
  const linked = new Set(hypothesis.tests.map(linkValue));
  return allLinkOptions(parts).filter((option) => !linked.has(option.value));
}

/** The chip text of a link, and whether it still points at something in the plan. */
export function describeLink(test: HypothesisTest, { standards, preMortemRisks }: Parts): { label: string; isLive: boolean } {
  switch (test.kind) {
    case 'operating-model':
      return { label: 'Operating model', isLive: true };
    case 'cost':
      return { label: 'Cost assumption', isLive: true };
    case 'standard': {
      const index = standards.findIndex((s) => s.id === test.refId);
      const standard = standards[index];
      return standard
        ? { label: `Standard: ${standardName(standard.name, index)}`, isLive: true }
        : { label: 'Standard: removed from the plan', isLive: false };
    }
    case 'risk': {
      const index = preMortemRisks.findIndex((r) => r.id === test.refId);
      const risk = preMortemRisks[index];
      return risk ? { label: `Risk: ${riskName(risk.text, index)}`, isLive: true } : { label: 'Risk: removed from the plan', isLive: false };
    }
  }
}

/** The readiness rule's test, from the screen's side: a link that still points at something. */
export const testsSomething = (hypothesis: PilotHypothesis, parts: Parts): boolean =>
  hypothesis.tests.some((test) => describeLink(test, parts).isLive);

// ---------------------------------------------------------------------------------------------
// Data realism
// ---------------------------------------------------------------------------------------------

export type DataWarning = 'curated' | 'not-realistic' | null;

/** Same two cases as the readiness rule pilot.curated-data. */
export function dataWarning(data: PilotData): DataWarning {
  if (data.curatedOnly) return 'curated';
  if (!data.messyFormats && !data.missingFields && !data.edgeCases) return 'not-realistic';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Budget: the plan stores hundredths of the currency unit for every currency (domain/cost.ts),
// while shared/cost parses and formats the currency's own minor units (yen for JPY, fils for KWD).
// ---------------------------------------------------------------------------------------------

/** 10^n for small n, exactly. */
const tenTo = (n: number) => 10 ** n;

/** Stored cents → the currency's minor units (JPY: 1 yen = 100 cents; KWD: 1 cent = 10 fils). */
export function centsToMinor(cents: number, currency: string): number {
  const exponent = currencyExponent(currency);
  if (exponent === 2) return cents;
  return exponent < 2 ? Math.round(cents / tenTo(2 - exponent)) : cents * tenTo(exponent - 2);
}

/** What was typed → cents, or a message; empty means "not entered yet" (null). */
export function parseBudget(currency: string, locale?: string) {
  return (text: string): ParseOutcome<number | null> => {
    const parsed = parseMoneyInput(text, locale, { currency });
    if (!parsed.ok) return { ok: false, message: parsed.message };
    if (parsed.minor === null) return { ok: true, value: null };
    const exponent = currencyExponent(currency);
    let cents = parsed.minor;
    if (exponent < 2) cents = parsed.minor * tenTo(2 - exponent);
    if (exponent > 2) {
      const divisor = tenTo(exponent - 2);
      if (parsed.minor % divisor !== 0) return { ok: false, message: 'Enter the budget to the cent at most (two decimal places).' };
      cents = parsed.minor / divisor;
    }
    if (cents > LIMITS.moneyCents) return { ok: false, message: 'That is too large for a pilot budget.' };
    return { ok: true, value: cents };
  };
}

export function formatBudget(currency: string, locale?: string) {
  return (cents: number | null): string => (cents === null ? '' : formatMoneyForInput(centsToMinor(cents, currency), currency, locale));
}
