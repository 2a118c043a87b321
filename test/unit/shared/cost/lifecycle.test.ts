import { describe, expect, it } from 'vitest';
import {
  GATE_COVERS_MESSAGE,
  GATE_DOES_NOT_COVER_MESSAGE,
  LIFECYCLE_REQUIRED_FIELDS,
  MAX_HORIZON_YEARS,
  TRANSITION_FAR_BELOW_RATIO,
  TRANSITION_REFERENCE_RATIO,
  addMonthsIso,
  allocateYearly,
  computeLifecycle,
  cumulativeFromYearly,
  type LifecycleField,
  type LifecycleInput,
} from '../../../../shared/cost/lifecycle';
import { MONEY_MAX_MINOR } from '../../../../shared/cost/money';
import * as barrel from '../../../../shared/cost';

/** Whole dollars → cents, to keep the tables readable. */
const usd = (dollars: number): number => dollars * 100;

const base: LifecycleInput = {
  prototype: usd(50_000),
  transition: usd(150_000),
  operationsPerYear: usd(20_000),
  maintenancePerYear: usd(10_000),
  benefitPerYear: usd(150_000),
  horizonYears: 3,
  goLiveDate: null,
};

const withInput = (patch: Partial<LifecycleInput>): LifecycleInput => ({ ...base, ...patch });

describe('the shared/method/METHOD.md worked example', () => {
  const result = computeLifecycle(base);

  it('puts the transition at three times the prototype, beside the 3× reference', () => {
    expect(result.transitionToPrototypeBasisPoints).toBe(30_000);
    expect(result.transitionToPrototypeRatio).toBe(3);
    expect(result.referenceRatio).toBe(TRANSITION_REFERENCE_RATIO);
    expect(result.warnings).toEqual({ transitionMissing: false, transitionFarBelowPrototype: false });
  });

  it('adds up the full lifecycle exactly', () => {
    expect(result.upfrontCost).toBe(usd(200_000));
    expect(result.runningCostPerYear).toBe(usd(30_000));
    expect(result.totalLifecycleCost).toBe(usd(290_000));
    expect(result.totalBenefit).toBe(usd(450_000));
    expect(result.netValue).toBe(usd(160_000));
    // 160,000 / 290,000 = 0.55172… → 5,517 basis points
    expect(result.returnBasisPoints).toBe(5_517);
    expect(result.returnRatio).toBe(0.5517);
  });

  it('pays back in month 20: $12,500 benefit against $2,500 running cost a month, $200,000 up front', () => {
    expect(result.paybackStatus).toBe('reached');
    expect(result.paybackMonth).toBe(20);
    const month = result.series?.monthly;
    expect(month?.[19]?.net).toBeLessThan(0);
    expect(month?.[20]?.net).toBe(0);
  });

  it('covers the full lifecycle', () => {
    expect(result.gate).toEqual({ covered: true, verdict: 'covers', message: GATE_COVERS_MESSAGE, missing: [] });
    expect(result.missingInputs).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it('is also available from the shared/cost barrel', () => {
    expect(barrel.computeLifecycle(base)).toEqual(result);
  });
});

describe('edge cases', () => {
  // [name, patch, total cost, total benefit, verdict, payback month, payback status]
  const table: ReadonlyArray<
    readonly [string, Partial<LifecycleInput>, number, number, 'covers' | 'does-not-cover', number | null, string]
  > = [
    ['zero prototype', { prototype: 0 }, usd(240_000), usd(450_000), 'covers', 15, 'reached'],
    ['zero benefit', { benefitPerYear: 0 }, usd(290_000), 0, 'does-not-cover', null, 'not-reached'],
    ['horizon 0: up-front cost only, no benefit', { horizonYears: 0 }, usd(200_000), 0, 'does-not-cover', null, 'no-horizon'],
    ['horizon 1', { horizonYears: 1 }, usd(230_000), usd(150_000), 'does-not-cover', null, 'not-reached'],
    ['horizon 10', { horizonYears: 10 }, usd(500_000), usd(1_500_000), 'covers', 20, 'reached'],
    [
      'everything zero, horizon 0',
      { prototype: 0, transition: 0, operationsPerYear: 0, maintenancePerYear: 0, benefitPerYear: 0, horizonYears: 0 },
      0,
      0,
      'covers',
      null,
      'no-horizon',
    ],
    [
      'everything zero, horizon 1: nothing to pay back, so month 1',
      { prototype: 0, transition: 0, operationsPerYear: 0, maintenancePerYear: 0, benefitPerYear: 0, horizonYears: 1 },
      0,
      0,
      'covers',
      1,
      'reached',
    ],
    [
      'benefit below running cost: never pays back',
      { benefitPerYear: usd(29_999) },
      usd(290_000),
      usd(89_997),
      'does-not-cover',
      null,
      'not-reached',
    ],
    [
      'benefit equal to running cost: the up-front cost is never recovered',
      { benefitPerYear: usd(30_000) },
      usd(290_000),
      usd(90_000),
      'does-not-cover',
      null,
      'not-reached',
    ],
    [
      'breaks even exactly at the end of the horizon',
      { prototype: usd(1_200), transition: 0, operationsPerYear: 0, maintenancePerYear: 0, benefitPerYear: usd(600), horizonYears: 2 },
      usd(1_200),
      usd(1_200),
      'covers',
      24,
      'reached',
    ],
    [
      'misses by one cent',
      { prototype: usd(1_200) + 1, transition: 0, operationsPerYear: 0, maintenancePerYear: 0, benefitPerYear: usd(600), horizonYears: 2 },
      usd(1_200) + 1,
      usd(1_200),
      'does-not-cover',
      null,
      'not-reached',
    ],
  ];

  it.each(table)('%s', (_name, patch, cost, benefit, verdict, paybackMonth, paybackStatus) => {
    const result = computeLifecycle(withInput(patch));
    expect(result.totalLifecycleCost).toBe(cost);
    expect(result.totalBenefit).toBe(benefit);
    expect(result.netValue).toBe(benefit - cost);
    expect(result.gate.verdict).toBe(verdict);
    expect(result.gate.covered).toBe(verdict === 'covers');
    expect(result.gate.message).toBe(verdict === 'covers' ? GATE_COVERS_MESSAGE : GATE_DOES_NOT_COVER_MESSAGE);
    expect(result.paybackMonth).toBe(paybackMonth);
    expect(result.paybackStatus).toBe(paybackStatus);
    const years = (patch.horizonYears ?? base.horizonYears) as number;
    expect(result.series?.yearly).toHaveLength(years + 1);
    expect(result.series?.monthly).toHaveLength(years * 12 + 1);
    expect(result.series?.yearly.at(-1)).toMatchObject({ cumulativeCost: cost, cumulativeBenefit: benefit });
  });

  it('zero prototype: no transition ratio and no transition warnings', () => {
    const result = computeLifecycle(withInput({ prototype: 0 }));
    expect(result.transitionToPrototypeRatio).toBeNull();
    expect(result.transitionToPrototypeBasisPoints).toBeNull();
    expect(result.warnings).toEqual({ transitionMissing: false, transitionFarBelowPrototype: false });
  });

  it('zero benefit: the return is −1 (everything spent is lost)', () => {
    const result = computeLifecycle(withInput({ benefitPerYear: 0 }));
    expect(result.returnBasisPoints).toBe(-10_000);
    expect(result.returnRatio).toBe(-1);
  });

  it('zero total cost: the return is undefined, not Infinity', () => {
    const result = computeLifecycle({
      prototype: 0,
      transition: 0,
      operationsPerYear: 0,
      maintenancePerYear: 0,
      benefitPerYear: usd(10),
      horizonYears: 2,
    });
    expect(result.returnRatio).toBeNull();
    expect(result.gate.verdict).toBe('covers');
    expect(result.paybackMonth).toBe(1);
  });

  it('horizon 0: one point at go-live, holding the up-front cost', () => {
    const result = computeLifecycle(withInput({ horizonYears: 0 }));
    expect(result.series?.monthly).toEqual([{ month: 0, cumulativeCost: usd(200_000), cumulativeBenefit: 0, net: -usd(200_000) }]);
    expect(result.series?.yearly).toEqual([{ year: 0, cumulativeCost: usd(200_000), cumulativeBenefit: 0, net: -usd(200_000) }]);
  });
});

describe('payback at month boundaries', () => {
  // Up-front cost only, $100 benefit a month (1,200 a year): payback is exactly up-front ÷ 100.
  it.each([
    [usd(100), 1],
    [usd(600), 6],
    [usd(1_200), 12],
    [usd(1_200) + 1, 13],
    [usd(1_300), 13],
    [usd(3_600), 36],
  ])('up-front %d cents, $100 a month → month %d', (upfront, month) => {
    const result = computeLifecycle({
      prototype: upfront,
      transition: 0,
      operationsPerYear: 0,
      maintenancePerYear: 0,
      benefitPerYear: usd(1_200),
      horizonYears: 3,
      goLiveDate: '2026-01-31',
    });
    expect(result.paybackMonth).toBe(month);
    const monthly = result.series?.monthly ?? [];
    expect(monthly[month]?.cumulativeBenefit).toBeGreaterThanOrEqual(monthly[month]?.cumulativeCost ?? Infinity);
    expect(monthly[month - 1]?.cumulativeBenefit).toBeLessThan(monthly[month - 1]?.cumulativeCost ?? -Infinity);
  });

  it('dates the payback month from the go-live date', () => {
    const at = (goLiveDate: string, prototype: number) =>
      computeLifecycle({ ...withInput({ goLiveDate }), prototype, transition: 0, operationsPerYear: 0, maintenancePerYear: 0, benefitPerYear: usd(1_200) }).paybackDate;
    expect(at('2026-01-31', usd(100))).toBe('2026-02-28');
    expect(at('2028-01-31', usd(100))).toBe('2028-02-29');
    expect(at('2026-03-15', usd(1_200))).toBe('2027-03-15');
    expect(computeLifecycle(base).paybackDate).toBeNull();
  });

  it('rounds costs up and benefits down within a year, so the chart never flatters the case', () => {
    // 13 cents of running cost and 12 cents of benefit a year, nothing up front: it never pays back,
    // even though month 1 would tie at 1 cent each if both were rounded the same way.
    const result = computeLifecycle({
      prototype: 0,
      transition: 0,
      operationsPerYear: 13,
      maintenancePerYear: 0,
      benefitPerYear: 12,
      horizonYears: 2,
    });
    expect(result.paybackMonth).toBeNull();
    expect(result.gate.verdict).toBe('does-not-cover');
    expect(result.series?.monthly[1]).toEqual({ month: 1, cumulativeCost: 2, cumulativeBenefit: 1, net: -1 });
  });

  it('payback is reached within the horizon exactly when the gate says the case covers it', () => {
    const figures = [0, 1, 7, 11, 12, 13, 100, 1_199, 1_200, 1_201, 99_999];
    for (const upfront of figures) {
      for (const running of figures) {
        for (const benefit of figures) {
          for (const horizonYears of [1, 2]) {
            const r = computeLifecycle({
              prototype: upfront,
              transition: 0,
              operationsPerYear: running,
              maintenancePerYear: 0,
              benefitPerYear: benefit,
              horizonYears,
            });
            expect(r.paybackStatus === 'reached', JSON.stringify({ upfront, running, benefit, horizonYears })).toBe(
              r.gate.verdict === 'covers',
            );
          }
        }
      }
    }
  });
});

describe('monthly allocation is exact', () => {
  const awkward = [0, 1, 7, 11, 12, 13, 99, 100, 101, 1_234_567, 99_999_999_999, MONEY_MAX_MINOR, 2 * MONEY_MAX_MINOR - 1];

  it.each(awkward)('%d minor units a year: 12 months sum to it exactly, evenly spread', (yearly) => {
    for (const rounding of ['up', 'down'] as const) {
      const months = allocateYearly(yearly, rounding);
      expect(months).toHaveLength(12);
      expect(months.reduce((a, b) => a + b, 0)).toBe(yearly);
      expect(Math.max(...months) - Math.min(...months)).toBeLessThanOrEqual(1);
      expect(months.every((m) => Number.isSafeInteger(m) && m >= 0)).toBe(true);
    }
  });

  it('spreads 100 cents as 9/8/8 for costs and 8/9/8 for benefits', () => {
    expect(allocateYearly(100, 'up')).toEqual([9, 8, 8, 9, 8, 8, 9, 8, 8, 9, 8, 8]);
    expect(allocateYearly(100, 'down')).toEqual([8, 8, 9, 8, 8, 9, 8, 8, 9, 8, 8, 9]);
  });

  it('is exact at every year end, and costs are never behind benefits in rounding', () => {
    for (const yearly of awkward) {
      for (let month = 0; month <= 36; month += 1) {
        const up = cumulativeFromYearly(yearly, month, 'up');
        const down = cumulativeFromYearly(yearly, month, 'down');
        expect(up).toBeGreaterThanOrEqual(down);
        expect(up - down).toBeLessThanOrEqual(1);
        if (month % 12 === 0) expect(up).toBe((yearly * month) / 12);
      }
    }
  });

  it('the yearly points of the series are the monthly points at each year end', () => {
    const result = computeLifecycle(withInput({ operationsPerYear: 100, maintenancePerYear: 1, benefitPerYear: 12_345_678_901, horizonYears: 10 }));
    const series = result.series;
    expect(series).not.toBeNull();
    for (const point of series?.yearly ?? []) {
      const { month: _month, ...rest } = series?.monthly[point.year * 12] ?? { month: -1 };
      expect(rest).toEqual({ cumulativeCost: point.cumulativeCost, cumulativeBenefit: point.cumulativeBenefit, net: point.net });
      expect(point.cumulativeCost).toBe(usd(200_000) + 101 * point.year);
      expect(point.cumulativeBenefit).toBe(12_345_678_901 * point.year);
    }
  });

  it('refuses non-integers instead of drifting', () => {
    expect(() => allocateYearly(0.5, 'up')).toThrow(RangeError);
    expect(() => cumulativeFromYearly(100, -1, 'down')).toThrow(RangeError);
  });
});

describe('huge numbers', () => {
  const atCap: LifecycleInput = {
    prototype: MONEY_MAX_MINOR,
    transition: MONEY_MAX_MINOR,
    operationsPerYear: MONEY_MAX_MINOR,
    maintenancePerYear: MONEY_MAX_MINOR,
    benefitPerYear: MONEY_MAX_MINOR,
    horizonYears: MAX_HORIZON_YEARS,
  };

  it('every input at the cap over the longest horizon stays exact', () => {
    const result = computeLifecycle(atCap);
    expect(result.problems).toEqual([]);
    expect(result.totalLifecycleCost).toBe(620_000_000_000_000);
    expect(result.totalBenefit).toBe(300_000_000_000_000);
    expect(result.netValue).toBe(-320_000_000_000_000);
    expect(result.returnBasisPoints).toBe(-5_161);
    expect(result.gate.verdict).toBe('does-not-cover');
    const monthly = result.series?.monthly ?? [];
    expect(monthly).toHaveLength(361);
    for (const p of monthly) {
      expect(Number.isSafeInteger(p.cumulativeCost) && Number.isSafeInteger(p.cumulativeBenefit) && Number.isSafeInteger(p.net)).toBe(true);
    }
  });

  it('benefit at the cap against a tiny cost: the ratio is exact in basis points', () => {
    const result = computeLifecycle({ ...atCap, prototype: 1, transition: 0, operationsPerYear: 0, maintenancePerYear: 0 });
    expect(result.totalLifecycleCost).toBe(1);
    // 2,999,999,999,999,990,000 basis points: beyond 2^53, so the nearest number — finite, never Infinity.
    expect(result.returnBasisPoints).toBe(Number((300_000_000_000_000n - 1n) * 10_000n));
    expect(Number.isFinite(result.returnRatio)).toBe(true);
    const tiny = computeLifecycle({ ...atCap, prototype: 1, transition: MONEY_MAX_MINOR });
    expect(tiny.transitionToPrototypeBasisPoints).toBe(MONEY_MAX_MINOR * 10_000);
    expect(result.paybackMonth).toBe(1);
  });

  // [field, value, problem kind]
  const beyond: ReadonlyArray<readonly [LifecycleField, number, string]> = [
    ['prototype', MONEY_MAX_MINOR + 1, 'too-large'],
    ['transition', Number.MAX_SAFE_INTEGER, 'too-large'],
    ['operationsPerYear', Number.MAX_VALUE, 'too-large'],
    ['benefitPerYear', Infinity, 'not-a-number'],
    ['maintenancePerYear', NaN, 'not-a-number'],
    ['benefitPerYear', -1, 'negative'],
    ['prototype', 0.5, 'not-whole'],
    ['horizonYears', MAX_HORIZON_YEARS + 1, 'horizon-too-long'],
    ['horizonYears', 2.5, 'not-whole'],
    ['horizonYears', -1, 'negative'],
    ['horizonYears', NaN, 'not-a-number'],
  ];

  it.each(beyond)('%s = %d is a clear problem, never Infinity or NaN', (field, value, kind) => {
    const result = computeLifecycle({ ...atCap, [field]: value });
    expect(result.problems).toEqual([expect.objectContaining({ field, kind })]);
    expect(result.gate.verdict).toBe('incomplete');
    expect(result.gate.covered).toBe(false);
    expect(result.gate.message).toBe(result.problems[0]?.message);
    expect(result.series).toBeNull();
    expect(result.paybackStatus).toBe('unknown');
    const numbers = [
      result.upfrontCost,
      result.runningCostPerYear,
      result.totalLifecycleCost,
      result.totalBenefit,
      result.netValue,
      result.returnRatio,
      result.transitionToPrototypeRatio,
    ];
    for (const n of numbers) expect(n === null || Number.isSafeInteger(n) || Number.isFinite(n)).toBe(true);
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
  });
});

describe('missing inputs', () => {
  it('lists every missing field, in form order, and says which in the gate', () => {
    const result = computeLifecycle({
      prototype: usd(50_000),
      transition: null,
      operationsPerYear: usd(1),
      maintenancePerYear: usd(1),
      benefitPerYear: null,
      horizonYears: 3,
    });
    expect(result.missingInputs).toEqual(['transition', 'benefitPerYear']);
    expect(result.gate).toEqual({
      covered: false,
      verdict: 'incomplete',
      message: 'Enter the transition cost and the yearly benefit to see whether the business case covers the full lifecycle.',
      missing: ['transition', 'benefitPerYear'],
    });
    expect(result.series).toBeNull();
    expect(result.paybackStatus).toBe('unknown');
    expect(result.warnings.transitionMissing).toBe(true);
  });

  it('nothing entered: all six are missing and nothing is computed', () => {
    const empty: LifecycleInput = {
      prototype: null,
      transition: null,
      operationsPerYear: null,
      maintenancePerYear: null,
      benefitPerYear: null,
      horizonYears: null,
    };
    const result = computeLifecycle(empty);
    expect(result.missingInputs).toEqual([...LIFECYCLE_REQUIRED_FIELDS]);
    expect(result.gate.message).toBe(
      'Enter the prototype cost, the transition cost, the yearly operations cost, the yearly maintenance cost, the yearly benefit and the horizon in years to see whether the business case covers the full lifecycle.',
    );
    expect([result.upfrontCost, result.totalLifecycleCost, result.totalBenefit, result.netValue, result.returnRatio]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(result.warnings).toEqual({ transitionMissing: false, transitionFarBelowPrototype: false });
  });

  it.each(LIFECYCLE_REQUIRED_FIELDS.map((f) => [f]))('%s alone missing → incomplete, naming it', (field) => {
    const result = computeLifecycle({ ...base, [field]: null });
    expect(result.missingInputs).toEqual([field]);
    expect(result.gate.verdict).toBe('incomplete');
    expect(result.gate.missing).toEqual([field]);
  });

  it('shows the figures it can already work out', () => {
    const result = computeLifecycle({ ...base, operationsPerYear: null });
    expect(result.upfrontCost).toBe(usd(200_000));
    expect(result.totalBenefit).toBe(usd(450_000));
    expect(result.runningCostPerYear).toBeNull();
    expect(result.totalLifecycleCost).toBeNull();
    expect(result.netValue).toBeNull();
    expect(result.transitionToPrototypeRatio).toBe(3);
  });

  it('a bad go-live date is reported but does not block the verdict', () => {
    const result = computeLifecycle(withInput({ goLiveDate: '2026-02-30' }));
    expect(result.problems).toEqual([expect.objectContaining({ field: 'goLiveDate', kind: 'invalid-date' })]);
    expect(result.gate.verdict).toBe('covers');
    expect(result.paybackDate).toBeNull();
  });
});

describe('transition warnings', () => {
  // [prototype, transition, transitionMissing, transitionFarBelowPrototype, ratio]
  const table: ReadonlyArray<readonly [number | null, number | null, boolean, boolean, number | null]> = [
    [usd(50_000), usd(150_000), false, false, 3],
    [usd(50_000), usd(50_000), false, false, 1],
    [usd(50_000), usd(49_999), false, true, 1],
    [usd(50_000), usd(10_000), false, true, 0.2],
    [usd(50_000), 1, false, true, 0],
    [usd(50_000), 0, true, false, 0],
    [usd(50_000), null, true, false, null],
    [0, 0, false, false, null],
    [0, usd(10_000), false, false, null],
    [null, 0, false, false, null],
    [null, null, false, false, null],
    [3, 1, false, true, 0.3333],
    [3, 2, false, true, 0.6667],
  ];

  it.each(table)('prototype %j, transition %j → missing %s, far below %s, ratio %j', (prototype, transition, missing, farBelow, ratio) => {
    const result = computeLifecycle(withInput({ prototype, transition }));
    expect(result.warnings).toEqual({ transitionMissing: missing, transitionFarBelowPrototype: farBelow });
    expect(result.transitionToPrototypeRatio).toBe(ratio);
  });

  it('exposes the thresholds it uses', () => {
    expect(TRANSITION_REFERENCE_RATIO).toBe(3);
    expect(TRANSITION_FAR_BELOW_RATIO).toBe(1);
  });
});

describe('addMonthsIso', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-06-01', 120, '2036-06-01'],
    ['2026-06-01', 0, '2026-06-01'],
    ['not a date', 1, null],
    ['2026-13-01', 1, null],
    ['9999-12-01', 1, null],
  ])('%s + %d months → %s', (date, months, expected) => {
    expect(addMonthsIso(date, months)).toBe(expected);
  });
});
