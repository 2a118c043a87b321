import { lifecycleOfCost, type LifecycleResult } from '../../../../../shared/cost';
import { formatDay } from '../../../../../shared/text';

/** The stage's computed figures in words (the lifecycle itself: lifecycleOfCost, on stored cents). */
export const lifecycleOf = lifecycleOfCost;

/** 2.8333 → "2.8×"; 3 → "3×". */
export function formatTimes(ratio: number, locale?: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(ratio)}×`;
}

/** 0.681 → "68%"; 0.042 → "4.2%"; −0.25 → "−25%". One decimal only below 10%, where it matters. */
export function formatReturn(ratio: number, locale?: string): string {
  const digits = Math.abs(ratio) < 0.1 ? 1 : 0;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits, signDisplay: 'negative' }).format(ratio);
}

export interface FigureText {
  readonly value: string;
  readonly detail: string;
}

/** The payback tile: "Month 16" / "by 1 October 2028", or why there is none. */
export function describePayback(result: LifecycleResult, locale?: string): FigureText {
  switch (result.paybackStatus) {
    case 'reached': {
      const month = result.paybackMonth ?? 0;
      const when = result.paybackDate === null ? 'after go-live' : `after go-live, by ${formatDay(result.paybackDate, locale)}`;
      return { value: `Month ${String(month)}`, detail: `${when}` };
    }
    case 'not-reached':
      return { value: 'Not within the horizon', detail: 'The benefit never catches up with the cost.' };
    case 'no-horizon':
      return { value: 'No horizon', detail: 'With 0 years there are no months to pay back in.' };
    default:
      return { value: '—', detail: 'Needs every figure.' };
  }
}

/** The transition tile: "2.8× prototype" beside the reference of about 3×. */
export function describeTransitionRatio(result: LifecycleResult, locale?: string): FigureText {
  const reference = `the usual is about ${formatTimes(result.referenceRatio, locale)}`;
  if (result.warnings.transitionMissing) {
    return { value: 'No transition budget', detail: `Going to production is a rebuild: ${reference} the prototype.` };
  }
  if (result.transitionToPrototypeRatio === null) return { value: '—', detail: `Needs the prototype and transition costs; ${reference}.` };
  const value = `${formatTimes(result.transitionToPrototypeRatio, locale)} prototype`;
  if (result.warnings.transitionFarBelowPrototype) {
    return { value, detail: `Far below: ${reference}. The production rebuild looks unbudgeted.` };
  }
  return { value, detail: `${reference}.` };
}
