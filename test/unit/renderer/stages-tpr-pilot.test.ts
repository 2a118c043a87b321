import { describe, expect, it } from 'vitest';
import { unmeasuredResult, type PilotData, type PilotHypothesis } from '../../../shared/domain/pilot';
import { SAMPLE_WORKSHOP } from '../../../shared/method/sample-workshop';
import { sampleIds } from '../../../shared/method/sample-workshop-ids';
import { assessReadiness } from '../../../shared/readiness';
import { excerpt } from '../../../shared/text';
import {
  allLinkOptions,
  centsToMinor,
  dataWarning,
  describeLink,
  formatBudget,
  linkFromValue,
  linkOptionsFor,
  linkValue,
  parseBudget,
  testsSomething,
} from '../../../renderer/src/features/stages/pilot/pilot-model';

const hypothesis = (tests: PilotHypothesis['tests']): PilotHypothesis => ({
  id: sampleIds.hypothesis(99),
  statement: 'x',
  tests,
  successCriteria: '',
  stopCriteria: '',
  result: unmeasuredResult(),
});

describe('what a hypothesis tests', () => {
  it('offers the operating model, the cost model, every standard and every risk', () => {
    const options = allLinkOptions(SAMPLE_WORKSHOP);
    expect(options.slice(0, 3).map((o) => o.label)).toEqual(['Operating model', 'Cost assumption', 'Standard: Security review']);
    expect(options).toHaveLength(2 + SAMPLE_WORKSHOP.standards.length + SAMPLE_WORKSHOP.preMortemRisks.length);
    expect(options.at(-1)?.label).toBe('Risk: The ERP upgrade planned for next autumn changed the…');
  });

  it('does not offer what the hypothesis already links to', () => {
    const first = SAMPLE_WORKSHOP.pilot.hypotheses[0]!;
    const offered = linkOptionsFor(first, SAMPLE_WORKSHOP).map((o) => o.value);
    for (const test of first.tests) expect(offered).not.toContain(linkValue(test));
    expect(offered).toHaveLength(allLinkOptions(SAMPLE_WORKSHOP).length - first.tests.length);
  });

  it.each([
    { kind: 'operating-model' as const, refId: null },
    { kind: 'cost' as const, refId: null },
    { kind: 'standard' as const, refId: sampleIds.standard(3) },
    { kind: 'risk' as const, refId: sampleIds.risk(2) },
  ])('round-trips a $kind link through the select value', (test) => {
    expect(linkFromValue(linkValue(test))).toEqual(test);
  });

  it.each(['', 'standard:', 'risk:', 'nonsense:abc', 'standard'])('refuses the select value "%s"', (value) => {
    expect(linkFromValue(value)).toBeNull();
  });

  it.each<[string, PilotHypothesis['tests'], boolean]>([
    ['no links', [], false],
    ['a link to a removed standard', [{ kind: 'standard', refId: sampleIds.standard(77) }], false],
    ['a link to a removed risk', [{ kind: 'risk', refId: sampleIds.risk(77) }], false],
    ['a link to a standard', [{ kind: 'standard', refId: sampleIds.standard(1) }], true],
    ['the operating model', [{ kind: 'operating-model', refId: null }], true],
    ['a dead link and a live one', [{ kind: 'risk', refId: sampleIds.risk(77) }, { kind: 'cost', refId: null }], true],
  ])('%s: tests something = %s, as the readiness rule says', (_name, tests, expected) => {
    const h = hypothesis(tests);
    expect(testsSomething(h, SAMPLE_WORKSHOP)).toBe(expected);
    const workshop = { ...SAMPLE_WORKSHOP, pilot: { ...SAMPLE_WORKSHOP.pilot, hypotheses: [h] } };
    const flagged = assessReadiness(workshop).findings.some((f) => f.ruleId === 'pilot.hypothesis-tests-nothing');
    expect(flagged).toBe(!expected);
  });

  it('names each link for its chip, and marks removed items', () => {
    expect(describeLink({ kind: 'standard', refId: sampleIds.standard(3) }, SAMPLE_WORKSHOP)).toEqual({
      label: 'Standard: Monitoring and alerting',
      isLive: true,
    });
    expect(describeLink({ kind: 'risk', refId: sampleIds.risk(77) }, SAMPLE_WORKSHOP)).toEqual({
      label: 'Risk: removed from the plan',
      isLive: false,
    });
  });

  it.each<[string, number, string]>([
    ['short text', 60, 'short text'],
    ['  several   spaces\nand lines ', 60, 'several spaces and lines'],
    ['A carrier changed its invoice layout and accuracy collapsed for weeks', 40, 'A carrier changed its invoice layout…'],
  ])('cuts "%s" to %i characters', (text, max, expected) => {
    expect(excerpt(text, max)).toBe(expected);
    expect(excerpt(text, max).length).toBeLessThanOrEqual(max);
  });
});

describe('data realism', () => {
  const data = (change: Partial<PilotData>): PilotData => ({
    volume: '',
    messyFormats: false,
    missingFields: false,
    edgeCases: false,
    curatedOnly: false,
    notes: '',
    ...change,
  });
  it.each<[string, Partial<PilotData>, ReturnType<typeof dataWarning>]>([
    ['nothing ticked', {}, 'not-realistic'],
    ['curated only', { curatedOnly: true }, 'curated'],
    ['curated only beats realistic boxes', { curatedOnly: true, messyFormats: true, edgeCases: true }, 'curated'],
    ['messy formats', { messyFormats: true }, null],
    ['missing fields', { missingFields: true }, null],
    ['edge cases', { edgeCases: true }, null],
  ])('%s', (_name, change, warning) => {
    expect(dataWarning(data(change))).toBe(warning);
  });
});

describe('the pilot budget is stored in cents for every currency', () => {
  it.each<[string, string, number | null]>([
    ['45k', 'EUR', 4_500_000],
    ['150,000', 'USD', 15_000_000],
    ['1.2m', 'GBP', 120_000_000],
    ['0.50', 'USD', 50],
    ['', 'EUR', null],
    // JPY has no minor unit: 1 yen is still stored as 100 cents.
    ['¥1,200', 'JPY', 120_000],
    ['5m', 'JPY', 500_000_000],
    // KWD has three decimals; the plan keeps two.
    ['1.25', 'KWD', 125],
  ])('"%s" %s is %s cents', (text, currency, cents) => {
    expect(parseBudget(currency, 'en')(text)).toEqual({ ok: true, value: cents });
  });

  it.each<[string, string]>([
    ['-5', 'EUR'],
    ['abc', 'EUR'],
    ['1.5', 'JPY'],
    ['1.255', 'KWD'],
    ['200bn', 'EUR'],
  ])('refuses "%s" %s with a message', (text, currency) => {
    const parsed = parseBudget(currency, 'en')(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).not.toMatch(/NaN/);
  });

  it.each<[number | null, string, string]>([
    [4_500_000, 'EUR', '45,000'],
    [50, 'USD', '0.50'],
    [120_000, 'JPY', '1,200'],
    [125, 'KWD', '1.250'],
    [null, 'EUR', ''],
  ])('shows %s cents in %s as "%s" and reads it back', (cents, currency, text) => {
    expect(formatBudget(currency, 'en')(cents)).toBe(text);
    expect(parseBudget(currency, 'en')(text)).toEqual({ ok: true, value: cents });
  });

  it.each<[number, string, number]>([
    [4_500_000, 'EUR', 4_500_000],
    [120_000, 'JPY', 1_200],
    [125, 'KWD', 1_250],
  ])('%s cents in %s are %s minor units', (cents, currency, minor) => {
    expect(centsToMinor(cents, currency)).toBe(minor);
  });
});
