import { describe, expect, it } from 'vitest';
import type { LifecycleCost } from '../../../shared/domain/cost';
import { SAMPLE_WORKSHOP } from '../../../shared/method/sample-workshop';
import { formatDay } from '../../../shared/text';
import {
  describePayback,
  describeTransitionRatio,
  formatReturn,
  formatTimes,
  lifecycleOf,
} from '../../../renderer/src/features/stages/cost/cost-figures';

const EMPTY: LifecycleCost = {
  currency: 'EUR',
  prototypeCents: null,
  transitionCents: null,
  operationsPerYearCents: null,
  maintenancePerYearCents: null,
  benefitPerYearCents: null,
  horizonYears: null,
  goLiveDate: null,
  runningCostApprovedYears: null,
  revalidationPerYearCents: null,
};

const k = (thousands: number) => thousands * 1000 * 100; // cents

describe('formatting the figures', () => {
  it.each([
    [2.8333, '2.8×'],
    [3, '3×'],
    [0.5, '0.5×'],
  ])('formatTimes(%d) = %s', (ratio, text) => expect(formatTimes(ratio, 'en-US')).toBe(text));

  it.each([
    [0.681, '68%'],
    [0.042, '4.2%'],
    [-0.25, '-25%'],
    [0, '0%'],
    [12.5, '1,250%'],
  ])('formatReturn(%d) = %s', (ratio, text) => expect(formatReturn(ratio, 'en-US')).toBe(text));

  it.each([
    ['2028-10-01', 'October 1, 2028'],
    ['2027-01-31', 'January 31, 2027'],
    ['not a date', 'not a date'],
  ])('formatDay(%s) = %s, whatever the time zone', (iso, text) => expect(formatDay(iso, 'en-US')).toBe(text));
});

describe('the sample workshop, worked through', () => {
  const result = lifecycleOf(SAMPLE_WORKSHOP.cost);

  it('adds up the lifecycle in cents', () => {
    expect(result.totalLifecycleCost).toBe(k(464));
    expect(result.totalBenefit).toBe(k(780));
    expect(result.netValue).toBe(k(316));
    expect(result.gate.verdict).toBe('covers');
    expect(result.series?.yearly).toHaveLength(4);
  });

  it('says when it pays back, with a date from the go-live date', () => {
    expect(describePayback(result, 'en-US')).toEqual({ value: 'Month 16', detail: 'after go-live, by October 1, 2028' });
  });

  it('sets the transition beside the 3× reference', () => {
    expect(describeTransitionRatio(result, 'en-US')).toEqual({ value: '2.8× prototype', detail: 'the usual is about 3×.' });
  });
});

describe('payback in words', () => {
  it.each([
    ['never within the horizon', { prototypeCents: k(50), transitionCents: k(150), operationsPerYearCents: k(50), maintenancePerYearCents: 0, benefitPerYearCents: k(60), horizonYears: 3 }, 'Not within the horizon'],
    ['horizon 0', { prototypeCents: k(50), transitionCents: k(150), operationsPerYearCents: 0, maintenancePerYearCents: 0, benefitPerYearCents: k(60), horizonYears: 0 }, 'No horizon'],
    ['figures missing', { prototypeCents: k(50) }, '—'],
    ['no go-live date', { prototypeCents: k(12), transitionCents: 0, operationsPerYearCents: 0, maintenancePerYearCents: 0, benefitPerYearCents: k(12), horizonYears: 2 }, 'Month 12'],
  ])('%s', (_name, figures, value) => {
    expect(describePayback(lifecycleOf({ ...EMPTY, ...figures }), 'en-US').value).toBe(value);
  });

  it('without a go-live date the month has no date', () => {
    const result = lifecycleOf({ ...EMPTY, prototypeCents: k(12), transitionCents: 0, operationsPerYearCents: 0, maintenancePerYearCents: 0, benefitPerYearCents: k(12), horizonYears: 2 });
    expect(describePayback(result, 'en-US').detail).toBe('after go-live');
  });
});

describe('transition ÷ prototype in words', () => {
  it.each([
    ['no transition budget', { prototypeCents: k(50), transitionCents: 0 }, 'No transition budget', /rebuild/],
    ['far below', { prototypeCents: k(50), transitionCents: k(25) }, '0.5× prototype', /Far below/],
    ['the usual', { prototypeCents: k(50), transitionCents: k(150) }, '3× prototype', /^the usual is about 3×\.$/],
    ['nothing entered', {}, '—', /Needs the prototype and transition costs/],
  ])('%s', (_name, figures, value, detail) => {
    const text = describeTransitionRatio(lifecycleOf({ ...EMPTY, ...figures }), 'en-US');
    expect(text.value).toBe(value);
    expect(text.detail).toMatch(detail);
  });
});
