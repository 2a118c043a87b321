/**
 * Geometry of the lifecycle chart: scales, ticks and path strings, with no DOM and no React, so
 * the numbers the room sees can be table-tested. Amounts are in whatever unit the caller uses
 * (cents); labels are the component's job.
 */

export interface ChartYear {
  readonly year: number;
  readonly cost: number;
  readonly benefit: number;
}

export interface ChartFrame {
  readonly width: number;
  readonly height: number;
  /** Room for the money labels on the left, the years below. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface ChartPoint {
  readonly x: number;
  readonly y: number;
}

export interface ChartTick {
  readonly value: number;
  /** x for year ticks, y for money ticks. */
  readonly at: number;
}

export interface ChartGeometry {
  /** The plotting area inside the frame. */
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly yearTicks: readonly ChartTick[];
  readonly moneyTicks: readonly ChartTick[];
  readonly costPoints: readonly ChartPoint[];
  readonly benefitPoints: readonly ChartPoint[];
  readonly costPath: string;
  readonly benefitPath: string;
  /** x of the payback month, when it is within the horizon. */
  readonly paybackX: number | null;
}

export const CHART_FRAME: ChartFrame = { width: 960, height: 380, left: 110, right: 24, top: 20, bottom: 56 };

/**
 * Round numbers from 0 up to at least `max`, about `target` steps apart (steps of 1, 2, 2.5 or 5
 * × a power of ten, never below 1): niceTicks(464, 5) → [0, 100, 200, 300, 400, 500].
 */
export function niceTicks(max: number, target = 5): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0];
  const rough = max / Math.max(1, target);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const residual = rough / magnitude;
  const factor = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 2.5 ? 2.5 : residual <= 5 ? 5 : 10;
  const step = Math.max(1, factor * magnitude);
  const ticks: number[] = [0];
  for (let i = 1; ticks[ticks.length - 1]! < max; i += 1) ticks.push(Math.round(i * step));
  return ticks;
}

/** Which years get a label: every year up to 12, every other year beyond. */
export function yearTickValues(horizonYears: number): number[] {
  const last = Math.max(1, horizonYears);
  const step = last <= 12 ? 1 : 2;
  const values: number[] = [];
  for (let year = 0; year <= last; year += step) values.push(year);
  return values;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** "M x y L x y …" through the points; '' for none. */
export function linePath(points: readonly ChartPoint[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round1(p.x)} ${round1(p.y)}`).join(' ');
}

/**
 * Where everything goes. Year 0 is go-live (the up-front cost only); the x axis runs to the
 * horizon (at least one year, so a horizon of 0 still has a width). The money axis starts at 0 and
 * ends at the first round number at or above the largest cumulative amount.
 */
export function chartGeometry(
  years: readonly ChartYear[],
  horizonYears: number,
  paybackMonth: number | null = null,
  frame: ChartFrame = CHART_FRAME,
): ChartGeometry {
  const plot = { left: frame.left, right: frame.width - frame.right, top: frame.top, bottom: frame.height - frame.bottom };
  const lastYear = Math.max(1, horizonYears);
  const largest = years.reduce((max, y) => Math.max(max, y.cost, y.benefit), 0);
  const ticks = niceTicks(largest);
  const top = Math.max(1, ticks[ticks.length - 1] ?? 1);

  const x = (year: number) => plot.left + ((plot.right - plot.left) * year) / lastYear;
  const y = (amount: number) => plot.bottom - ((plot.bottom - plot.top) * amount) / top;

  const costPoints = years.map((p) => ({ x: x(p.year), y: y(p.cost) }));
  const benefitPoints = years.map((p) => ({ x: x(p.year), y: y(p.benefit) }));
  const paybackX = paybackMonth !== null && paybackMonth / 12 <= horizonYears ? round1(x(paybackMonth / 12)) : null;

  return {
    plot,
    yearTicks: yearTickValues(horizonYears).map((value) => ({ value, at: round1(x(value)) })),
    moneyTicks: ticks.map((value) => ({ value, at: round1(y(value)) })),
    costPoints,
    benefitPoints,
    costPath: linePath(costPoints),
    benefitPath: linePath(benefitPoints),
    paybackX,
  };
}
