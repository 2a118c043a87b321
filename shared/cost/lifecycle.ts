/**
 * The full lifecycle cost (shared/method/METHOD.md stage 4): does the expected benefit pay for the *whole* life of the
 * capability — prototype, transition to production, production operations and ongoing maintenance —
 * over the horizon the room agreed? If not, the pilot should not start.
 *
 * THE ARITHMETIC, IN WORDS YOU CAN SAY TO A SCEPTICAL FINANCE PERSON
 *
 * | Figure                   | How it is worked out                                                      |
 * |--------------------------|---------------------------------------------------------------------------|
 * | Up-front cost            | Prototype + transition. Both are spent before go-live ("month 0").       |
 * | Running cost per year    | Production operations per year + maintenance per year.                   |
 * | Total lifecycle cost     | Up-front cost + running cost per year × horizon in years.                |
 * | Total benefit            | Benefit per year × horizon in years. Nothing is counted before go-live.  |
 * | Net value                | Total benefit − total lifecycle cost. Negative means it loses money.     |
 * | Return                   | Net value ÷ total lifecycle cost. 0.5 means every dollar spent comes      |
 * |                          | back with 50 cents on top; −0.2 means 20 cents of every dollar are lost. |
 * | Month by month           | Yearly figures are spread evenly over the 12 months of each year. Where  |
 * |                          | a yearly figure does not split into whole cents, costs take the odd cent |
 * |                          | early and benefits late, so the chart never flatters the case; by the    |
 * |                          | end of every year both are exactly the yearly figures again.             |
 * | Payback month            | Month 1 is the first month after go-live. Payback is the first month by   |
 * |                          | whose end the benefit so far is at least the cost so far (up-front cost  |
 * |                          | included). "Not reached" if that never happens within the horizon.       |
 * | Transition ÷ prototype   | Transition cost divided by prototype cost, beside the reference of 3:    |
 * |                          | going to production is usually a rebuild costing about three prototypes. |
 * | The gate                 | "Covers" when total benefit ≥ total lifecycle cost over the horizon.     |
 * |                          | Otherwise: "It does not: the pilot should not start".                    |
 * | Horizon 0                | Only the up-front cost counts and there is no benefit yet.               |
 *
 * What it deliberately does not do: no discounting, inflation or tax. These are the plain amounts the
 * room agreed, in today's money; finance can apply its own rate to the yearly table if it wants NPV.
 *
 * Exactness: every amount is a whole number of the currency's minor units (cents; whole yen for JPY),
 * added and multiplied exactly — nothing is rounded except the two ratios, which are kept as whole
 * basis points (1/10,000) and shown to four decimals. Each amount may be at most MONEY_MAX_MINOR
 * (100 billion dollars) and the horizon at most MAX_HORIZON_YEARS, which keeps every total far below
 * the largest integer a JavaScript number holds exactly; the totals are also worked out with BigInt
 * and checked, so an out-of-range result is reported as a problem, never as Infinity or NaN.
 */

import { MONEY_MAX_MINOR } from './money';
import { joinWords } from '../text';

/** shared/method/METHOD.md: a transition around three times the prototype cost is normal, not scope creep. */
export const TRANSITION_REFERENCE_RATIO = 3;

/**
 * Below this transition ÷ prototype ratio the transition budget is "far below" the prototype cost.
 * The reference is 3×; we only flag below 1× (the transition costs less than the prototype did),
 * because that is an unmistakable sign the production rebuild has not been budgeted, while anything
 * between 1× and 3× is a judgement call the room can defend. Kept in basis points so the comparison
 * stays in integers (10,000 = 1×).
 */
export const TRANSITION_FAR_BELOW_BASIS_POINTS = 10_000;
export const TRANSITION_FAR_BELOW_RATIO = TRANSITION_FAR_BELOW_BASIS_POINTS / 10_000;

/** A business case over more than 30 years is not credible, and it bounds the arithmetic. */
export const MAX_HORIZON_YEARS = 30;

export const GATE_COVERS_MESSAGE = 'The business case covers the full lifecycle';
export const GATE_DOES_NOT_COVER_MESSAGE = 'It does not: the pilot should not start';

export interface LifecycleInput {
  /** All money in integer minor units of one currency; null = not entered yet. */
  readonly prototype: number | null;
  readonly transition: number | null;
  readonly operationsPerYear: number | null;
  readonly maintenancePerYear: number | null;
  readonly benefitPerYear: number | null;
  /** Whole years, 0..MAX_HORIZON_YEARS. */
  readonly horizonYears: number | null;
  /** 'YYYY-MM-DD'; optional, only used to put a date on the payback month. */
  readonly goLiveDate?: string | null;
}

/** The inputs the gate needs; the order is the order of the form. */
export const LIFECYCLE_REQUIRED_FIELDS = [
  'prototype',
  'transition',
  'operationsPerYear',
  'maintenancePerYear',
  'benefitPerYear',
  'horizonYears',
] as const;

export type LifecycleField = (typeof LIFECYCLE_REQUIRED_FIELDS)[number];

/** Plain-language names, used in messages ("Enter the prototype cost and the yearly benefit…"). */
export const LIFECYCLE_FIELD_LABELS: Readonly<Record<LifecycleField | 'goLiveDate', string>> = {
  prototype: 'prototype cost',
  transition: 'transition cost',
  operationsPerYear: 'yearly operations cost',
  maintenancePerYear: 'yearly maintenance cost',
  benefitPerYear: 'yearly benefit',
  horizonYears: 'horizon in years',
  goLiveDate: 'go-live date',
};

export type LifecycleProblemKind =
  | 'not-a-number'
  | 'negative'
  | 'not-whole'
  | 'too-large'
  | 'horizon-too-long'
  | 'invalid-date';

export interface LifecycleProblem {
  /** 'total' when a computed total would be out of range (cannot happen within the input limits). */
  readonly field: LifecycleField | 'goLiveDate' | 'total';
  readonly kind: LifecycleProblemKind;
  readonly message: string;
}

export interface LifecyclePoint {
  readonly cumulativeCost: number;
  readonly cumulativeBenefit: number;
  /** cumulativeBenefit − cumulativeCost. */
  readonly net: number;
}

export interface LifecycleMonthPoint extends LifecyclePoint {
  /** 0 = go-live (up-front cost only), 1 = end of the first month after go-live, … */
  readonly month: number;
}

export interface LifecycleYearPoint extends LifecyclePoint {
  /** 0 = go-live, 1 = end of the first year, … horizonYears. */
  readonly year: number;
}

export interface LifecycleSeries {
  /** horizonYears + 1 points; year n equals monthly point 12n. */
  readonly yearly: readonly LifecycleYearPoint[];
  /** 12 × horizonYears + 1 points. */
  readonly monthly: readonly LifecycleMonthPoint[];
}

export type LifecycleVerdict = 'covers' | 'does-not-cover' | 'incomplete';

export interface LifecycleGate {
  readonly covered: boolean;
  readonly verdict: LifecycleVerdict;
  readonly message: string;
  /** Required inputs not entered yet (empty unless verdict is 'incomplete'). */
  readonly missing: readonly LifecycleField[];
}

export type PaybackStatus =
  /** paybackMonth says when. */
  | 'reached'
  /** Benefit never catches up with cost within the horizon. */
  | 'not-reached'
  /** Horizon 0: there are no months after go-live to pay back in. */
  | 'no-horizon'
  /** Inputs missing or invalid. */
  | 'unknown';

export interface LifecycleWarnings {
  /** Prototype cost > 0 but no transition budget (missing or 0). */
  readonly transitionMissing: boolean;
  /** 0 < transition < prototype × TRANSITION_FAR_BELOW_RATIO. */
  readonly transitionFarBelowPrototype: boolean;
}

export interface LifecycleResult {
  readonly missingInputs: readonly LifecycleField[];
  readonly problems: readonly LifecycleProblem[];
  /** prototype + transition; null until both are entered. */
  readonly upfrontCost: number | null;
  /** operationsPerYear + maintenancePerYear; null until both are entered. */
  readonly runningCostPerYear: number | null;
  /** Needs every cost input and the horizon. */
  readonly totalLifecycleCost: number | null;
  /** Needs benefit and horizon. */
  readonly totalBenefit: number | null;
  readonly netValue: number | null;
  /** netValue ÷ totalLifecycleCost in basis points (5,000 = 0.5), rounded half away from zero. */
  readonly returnBasisPoints: number | null;
  /** returnBasisPoints ÷ 10,000 (four decimals; for display only). Null when the total cost is 0. */
  readonly returnRatio: number | null;
  readonly paybackStatus: PaybackStatus;
  /** First month (go-live = month 1) by whose end cumulative benefit ≥ cumulative cost. */
  readonly paybackMonth: number | null;
  /** goLiveDate + paybackMonth months ('YYYY-MM-DD'), when both are known. */
  readonly paybackDate: string | null;
  /** transition ÷ prototype in basis points (30,000 = 3×). Null when prototype is 0 or missing. */
  readonly transitionToPrototypeBasisPoints: number | null;
  /** transitionToPrototypeBasisPoints ÷ 10,000 (for display). */
  readonly transitionToPrototypeRatio: number | null;
  readonly referenceRatio: typeof TRANSITION_REFERENCE_RATIO;
  /** Cumulative cost and benefit for the chart and its table; null unless every input is usable. */
  readonly series: LifecycleSeries | null;
  readonly warnings: LifecycleWarnings;
  readonly gate: LifecycleGate;
}

// ---------------------------------------------------------------------------------------------
// Exact helpers
// ---------------------------------------------------------------------------------------------

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** n ÷ d rounded half away from zero (d > 0). */
function roundDiv(n: bigint, d: bigint): bigint {
  return n >= 0n ? (2n * n + d) / (2n * d) : -((-2n * n + d) / (2n * d));
}

function ceilDiv(n: bigint, d: bigint): bigint {
  return n >= 0n ? (n + d - 1n) / d : -(-n / d);
}

function floorDiv(n: bigint, d: bigint): bigint {
  return n >= 0n ? n / d : -((-n + d - 1n) / d);
}

/**
 * How much of a yearly amount has accrued by the end of month `month` (counting from 1):
 * whole years in full, plus month/12 of the current year rounded to a whole minor unit —
 * 'up' for costs, 'down' for benefits. Exact at every year end.
 */
export function cumulativeFromYearly(yearly: number, month: number, rounding: 'up' | 'down'): number {
  if (!Number.isSafeInteger(yearly) || !Number.isSafeInteger(month) || month < 0) {
    throw new RangeError('cumulativeFromYearly needs whole, non-negative numbers');
  }
  const y = BigInt(yearly);
  const m = BigInt(month);
  const part = (rounding === 'up' ? ceilDiv : floorDiv)(y * (m % 12n), 12n);
  const total = y * (m / 12n) + part;
  if (total > MAX_SAFE || total < -MAX_SAFE) throw new RangeError('cumulativeFromYearly: result too large');
  return Number(total);
}

/**
 * A yearly amount split into 12 whole-minor-unit months that add up to it exactly.
 * allocateYearly(100, 'up') → [9, 8, 8, 9, 8, 8, 9, 8, 8, 9, 8, 8] (sum 100).
 */
export function allocateYearly(yearly: number, rounding: 'up' | 'down'): number[] {
  const months: number[] = [];
  for (let m = 1; m <= 12; m += 1) {
    months.push(cumulativeFromYearly(yearly, m, rounding) - cumulativeFromYearly(yearly, m - 1, rounding));
  }
  return months;
}

/** 'YYYY-MM-DD' + n months, day clamped to the month's length (Jan 31 + 1 → Feb 28/29); null if invalid. */
export function addMonthsIso(isoDate: string, months: number): string | null {
  const parsed = parseIsoDate(isoDate);
  if (parsed === null || !Number.isSafeInteger(months)) return null;
  const index = parsed.year * 12 + (parsed.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (year < 1 || year > 9999) return null;
  const day = Math.min(parsed.day, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

// ---------------------------------------------------------------------------------------------
// The computation
// ---------------------------------------------------------------------------------------------

function checkMoney(field: LifecycleField, value: unknown, problems: LifecycleProblem[]): bigint | null {
  if (value === null || value === undefined) return null;
  const label = LIFECYCLE_FIELD_LABELS[field];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    problems.push({ field, kind: 'not-a-number', message: `The ${label} is not a number.` });
  } else if (value < 0) {
    problems.push({ field, kind: 'negative', message: `The ${label} cannot be negative.` });
  } else if (!Number.isInteger(value)) {
    problems.push({ field, kind: 'not-whole', message: `The ${label} must be a whole number of cents.` });
  } else if (value > MONEY_MAX_MINOR) {
    problems.push({ field, kind: 'too-large', message: `The ${label} is too large to add up.` });
  } else {
    return BigInt(value);
  }
  return null;
}

function checkHorizon(value: unknown, problems: LifecycleProblem[]): bigint | null {
  if (value === null || value === undefined) return null;
  const field = 'horizonYears';
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    problems.push({ field, kind: 'not-a-number', message: 'The horizon is not a number of years.' });
  } else if (value < 0) {
    problems.push({ field, kind: 'negative', message: 'The horizon cannot be negative.' });
  } else if (!Number.isInteger(value)) {
    problems.push({ field, kind: 'not-whole', message: 'The horizon must be a whole number of years.' });
  } else if (value > MAX_HORIZON_YEARS) {
    problems.push({
      field,
      kind: 'horizon-too-long',
      message: `The horizon can be at most ${MAX_HORIZON_YEARS} years.`,
    });
  } else {
    return BigInt(value);
  }
  return null;
}

/**
 * numerator ÷ denominator in basis points, rounded half away from zero; null when dividing by 0.
 * Exact whenever the answer is below 2^53 basis points (a ratio under 900 billion); beyond that (a
 * benefit of billions against a cost of cents) it is the nearest number, still finite.
 */
function ratioBasisPoints(numerator: bigint, denominator: bigint): number | null {
  if (denominator === 0n) return null;
  return Number(roundDiv(numerator * 10_000n, denominator));
}

/** Everything stage 4 shows, from the figures entered so far. Pure; never throws for any input. */
export function computeLifecycle(input: LifecycleInput): LifecycleResult {
  const problems: LifecycleProblem[] = [];
  const prototype = checkMoney('prototype', input.prototype, problems);
  const transition = checkMoney('transition', input.transition, problems);
  const operations = checkMoney('operationsPerYear', input.operationsPerYear, problems);
  const maintenance = checkMoney('maintenancePerYear', input.maintenancePerYear, problems);
  const benefit = checkMoney('benefitPerYear', input.benefitPerYear, problems);
  const horizon = checkHorizon(input.horizonYears, problems);

  let goLive: string | null = null;
  if (input.goLiveDate !== null && input.goLiveDate !== undefined && input.goLiveDate !== '') {
    if (typeof input.goLiveDate === 'string' && parseIsoDate(input.goLiveDate) !== null) {
      goLive = input.goLiveDate;
    } else {
      problems.push({ field: 'goLiveDate', kind: 'invalid-date', message: 'The go-live date is not a valid date.' });
    }
  }

  const missingInputs = LIFECYCLE_REQUIRED_FIELDS.filter((f) => input[f] === null || input[f] === undefined);

  // Totals in BigInt, converted only after a range check.
  const toSafe = (value: bigint | null): number | null => {
    if (value === null) return null;
    if (value > MAX_SAFE || value < -MAX_SAFE) {
      if (!problems.some((p) => p.field === 'total')) {
        problems.push({ field: 'total', kind: 'too-large', message: 'The totals are too large to add up.' });
      }
      return null;
    }
    return Number(value);
  };

  const upfrontBig = prototype !== null && transition !== null ? prototype + transition : null;
  const runningBig = operations !== null && maintenance !== null ? operations + maintenance : null;
  const totalCostBig = upfrontBig !== null && runningBig !== null && horizon !== null ? upfrontBig + runningBig * horizon : null;
  const totalBenefitBig = benefit !== null && horizon !== null ? benefit * horizon : null;
  const netBig = totalCostBig !== null && totalBenefitBig !== null ? totalBenefitBig - totalCostBig : null;

  const upfrontCost = toSafe(upfrontBig);
  const runningCostPerYear = toSafe(runningBig);
  const totalLifecycleCost = toSafe(totalCostBig);
  const totalBenefit = toSafe(totalBenefitBig);
  const netValue = toSafe(netBig);

  const returnBasisPoints =
    netBig !== null && totalCostBig !== null && netValue !== null ? ratioBasisPoints(netBig, totalCostBig) : null;
  const transitionToPrototypeBasisPoints =
    transition !== null && prototype !== null ? ratioBasisPoints(transition, prototype) : null;

  // The chart, and payback read off it (so the two always agree).
  let series: LifecycleSeries | null = null;
  let paybackStatus: PaybackStatus = 'unknown';
  let paybackMonth: number | null = null;
  const complete = missingInputs.length === 0 && problems.every((p) => p.field === 'goLiveDate');
  if (complete && upfrontCost !== null && runningCostPerYear !== null && benefit !== null && horizon !== null) {
    const years = Number(horizon);
    const yearlyBenefit = Number(benefit);
    const monthly: LifecycleMonthPoint[] = [];
    for (let month = 0; month <= years * 12; month += 1) {
      const cumulativeCost = upfrontCost + cumulativeFromYearly(runningCostPerYear, month, 'up');
      const cumulativeBenefit = cumulativeFromYearly(yearlyBenefit, month, 'down');
      monthly.push({ month, cumulativeCost, cumulativeBenefit, net: cumulativeBenefit - cumulativeCost });
      if (paybackMonth === null && month >= 1 && cumulativeBenefit >= cumulativeCost) paybackMonth = month;
    }
    const yearly: LifecycleYearPoint[] = [];
    for (let year = 0; year <= years; year += 1) {
      const point = monthly[year * 12];
      if (point !== undefined) {
        yearly.push({
          year,
          cumulativeCost: point.cumulativeCost,
          cumulativeBenefit: point.cumulativeBenefit,
          net: point.net,
        });
      }
    }
    series = { yearly, monthly };
    paybackStatus = years === 0 ? 'no-horizon' : paybackMonth === null ? 'not-reached' : 'reached';
  }
  const paybackDate = paybackMonth !== null && goLive !== null ? addMonthsIso(goLive, paybackMonth) : null;

  const warnings: LifecycleWarnings = {
    transitionMissing: prototype !== null && prototype > 0n && (transition === null || transition === 0n),
    transitionFarBelowPrototype:
      prototype !== null &&
      transition !== null &&
      transition > 0n &&
      transition * 10_000n < prototype * BigInt(TRANSITION_FAR_BELOW_BASIS_POINTS),
  };

  const blocking = problems.filter((p) => p.field !== 'goLiveDate');
  let gate: LifecycleGate;
  if (missingInputs.length > 0 || blocking.length > 0 || totalCostBig === null || totalBenefitBig === null) {
    const sentences: string[] = [];
    if (missingInputs.length > 0) {
      const names = joinWords(missingInputs.map((f) => `the ${LIFECYCLE_FIELD_LABELS[f]}`));
      sentences.push(`Enter ${names} to see whether the business case covers the full lifecycle.`);
    }
    for (const p of blocking) sentences.push(p.message);
    gate = { covered: false, verdict: 'incomplete', message: sentences.join(' '), missing: missingInputs };
  } else if (totalBenefitBig >= totalCostBig) {
    gate = { covered: true, verdict: 'covers', message: GATE_COVERS_MESSAGE, missing: [] };
  } else {
    gate = { covered: false, verdict: 'does-not-cover', message: GATE_DOES_NOT_COVER_MESSAGE, missing: [] };
  }

  return {
    missingInputs,
    problems,
    upfrontCost,
    runningCostPerYear,
    totalLifecycleCost,
    totalBenefit,
    netValue,
    returnBasisPoints,
    returnRatio: returnBasisPoints === null ? null : returnBasisPoints / 10_000,
    paybackStatus,
    paybackMonth,
    paybackDate,
    transitionToPrototypeBasisPoints,
    transitionToPrototypeRatio:
      transitionToPrototypeBasisPoints === null ? null : transitionToPrototypeBasisPoints / 10_000,
    referenceRatio: TRANSITION_REFERENCE_RATIO,
    series,
    warnings,
    gate,
  };
}
