import { describe, expect, it } from 'vitest';
import {
  chartGeometry,
  linePath,
  niceTicks,
  yearTickValues,
  type ChartFrame,
} from '../../../../shared/cost/chart-geometry';

describe('niceTicks: round numbers from 0 to at least the largest amount', () => {
  it.each([
    [464, [0, 100, 200, 300, 400, 500]],
    [500, [0, 100, 200, 300, 400, 500]],
    [46_400_000, [0, 10_000_000, 20_000_000, 30_000_000, 40_000_000, 50_000_000]],
    [78_000_000, [0, 20_000_000, 40_000_000, 60_000_000, 80_000_000]],
    [120, [0, 25, 50, 75, 100, 125]],
    [7, [0, 2, 4, 6, 8]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [0, [0]],
    [-5, [0]],
    [Number.NaN, [0]],
  ])('niceTicks(%d) = %j', (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });

  it('stays short for any amount up to the largest lifecycle total', () => {
    for (const max of [1, 99, 12_345, 9_999_999, 2e15]) {
      const ticks = niceTicks(max);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(7);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
    }
  });
});

describe('yearTickValues', () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [12, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
    [20, [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20]],
  ])('horizon %d → %j', (horizon, ticks) => {
    expect(yearTickValues(horizon)).toEqual(ticks);
  });
});

describe('linePath', () => {
  it.each([
    [[], ''],
    [[{ x: 0, y: 0 }], 'M0 0'],
    [[{ x: 10, y: 20 }, { x: 30.04, y: 40.06 }], 'M10 20 L30 40.1'],
  ])('%j → %j', (points, path) => {
    expect(linePath(points)).toBe(path);
  });
});

describe('chartGeometry', () => {
  // A 100 × 100 plot area makes every position a percentage.
  const frame: ChartFrame = { width: 120, height: 110, left: 10, right: 10, top: 0, bottom: 10 };

  it('places go-live on the left, the horizon on the right and 0 at the bottom', () => {
    const g = chartGeometry(
      [
        { year: 0, cost: 200, benefit: 0 },
        { year: 1, cost: 300, benefit: 250 },
        { year: 2, cost: 400, benefit: 500 },
      ],
      2,
      null,
      frame,
    );
    expect(g.plot).toEqual({ left: 10, right: 110, top: 0, bottom: 100 });
    expect(g.moneyTicks.map((t) => t.value)).toEqual([0, 100, 200, 300, 400, 500]);
    expect(g.moneyTicks[0]).toEqual({ value: 0, at: 100 });
    expect(g.moneyTicks.at(-1)).toEqual({ value: 500, at: 0 });
    expect(g.yearTicks).toEqual([
      { value: 0, at: 10 },
      { value: 1, at: 60 },
      { value: 2, at: 110 },
    ]);
    expect(g.costPath).toBe('M10 60 L60 40 L110 20');
    expect(g.benefitPath).toBe('M10 100 L60 50 L110 0');
    expect(g.paybackX).toBeNull();
  });

  it.each([
    // [payback month, horizon, x]
    [18, 2, 85],
    [12, 2, 60],
    [24, 2, 110],
    [30, 2, null],
    [null, 2, null],
  ])('payback month %s over %d years is drawn at x = %s', (month, horizon, x) => {
    const years = [0, 1, 2].map((year) => ({ year, cost: 100, benefit: 100 }));
    expect(chartGeometry(years, horizon, month, frame).paybackX).toBe(x);
  });

  it('a horizon of 0 still has a width, with the single go-live point on the left', () => {
    const g = chartGeometry([{ year: 0, cost: 100, benefit: 0 }], 0, null, frame);
    expect(g.costPoints).toEqual([{ x: 10, y: 0 }]);
    expect(g.yearTicks.map((t) => t.value)).toEqual([0, 1]);
  });

  it('all-zero amounts sit on the axis instead of dividing by zero', () => {
    const g = chartGeometry([{ year: 0, cost: 0, benefit: 0 }, { year: 1, cost: 0, benefit: 0 }], 1, null, frame);
    expect(g.costPath).toBe('M10 100 L110 100');
    expect(g.moneyTicks).toEqual([{ value: 0, at: 100 }]);
  });
});
