import {
  currencyExponent,
  formatMoney,
  formatMoneyForInput,
  minorToMajorString,
  parseMoneyInput,
  safeLocale,
  type FormatMoneyOptions,
} from './money';
import { LIMITS } from '../domain/limits';
import type { ParseOutcome } from '../editing/parse-outcome';

/**
 * The workshop stores money as integer CENTS — hundredths of the currency unit for every currency
 * (shared/domain/cost.ts) — while the cost engine parses and formats "minor units of the currency"
 * (whole yen for JPY, fils for KWD). This is the one bridge between the two:
 *
 * | Currency   | Minor-unit digits | 1 minor unit = | Example                      |
 * |------------|-------------------|----------------|------------------------------|
 * | EUR, USD…  | 2                 | 1 cent         | €1.50 = 150 minor = 150 cents |
 * | JPY        | 0                 | 100 cents      | ¥1,200 = 1,200 minor = 120,000 cents |
 * | KWD        | 3                 | 1/10 cent      | 1.250 KWD = 1,250 minor = 125 cents; 1.255 cannot be stored |
 *
 * Comparisons and ratios (the gate, return, transition ÷ prototype) do not care which unit they
 * are in, so the lifecycle is computed on cents directly; only what is SHOWN is converted.
 */
const STORED_DIGITS = 2;

/** Stored cents → minor units of `currency`. Fractional when the cents are not whole minor units (150 cents = 1.5 yen). */
export function centsToMinor(cents: number, currency: string): number {
  const shift = currencyExponent(currency) - STORED_DIGITS;
  return shift >= 0 ? cents * 10 ** shift : cents / 10 ** -shift;
}

/** Minor units of `currency` → stored cents, or why it cannot be stored. */
export function minorToCents(minor: number, currency: string, locale?: string): ParseOutcome<number> {
  const shift = STORED_DIGITS - currencyExponent(currency);
  let cents: number;
  if (shift >= 0) {
    cents = minor * 10 ** shift;
  } else {
    const divisor = 10 ** -shift;
    if (minor % divisor !== 0) {
      return { ok: false, message: `This plan keeps amounts to two decimal places. Round the ${currency} amount to two decimals.` };
    }
    cents = minor / divisor;
  }
  if (!Number.isSafeInteger(cents) || cents > LIMITS.moneyCents) {
    const limit = formatCents(LIMITS.moneyCents, currency, locale, { compact: true });
    return { ok: false, message: `That is too large: the most this app accepts is ${limit}.` };
  }
  return { ok: true, value: cents };
}

/** What a facilitator typed ("50k", "1.2m", "150,000") → stored cents; empty → null (not entered). */
export function parseMoneyToCents(text: string, currency: string, locale?: string): ParseOutcome<number | null> {
  const parsed = parseMoneyInput(text, locale, { currency });
  if (!parsed.ok) return { ok: false, message: parsed.message };
  if (parsed.minor === null) return { ok: true, value: null };
  return minorToCents(parsed.minor, currency, locale);
}

/** Stored cents written back into an input ("150,000"); '' when not entered. */
export function formatCentsForInput(cents: number | null, currency: string, locale?: string): string {
  if (cents === null) return '';
  return formatMoneyForInput(Math.round(centsToMinor(cents, currency)), currency, locale);
}

/**
 * Stored cents shown as money. Whole amounts drop their zero cents, because a projected
 * "€464,000" reads faster than "€464,000.00"; amounts with cents keep them ("€1,200.50").
 * Compact form for chart axes: "€150K".
 */
export function formatCents(cents: number, currency: string, locale?: string, options?: FormatMoneyOptions): string {
  const minor = Math.round(centsToMinor(cents, currency));
  const exponent = currencyExponent(currency);
  if (options?.compact !== true && Number.isFinite(minor) && exponent > 0 && minor % 10 ** exponent === 0) {
    try {
      return new Intl.NumberFormat(safeLocale(locale), {
        style: 'currency',
        currency,
        numberingSystem: 'latn',
        trailingZeroDisplay: 'stripIfInteger',
      }).format(minorToMajorString(minor, exponent) as `${number}`);
    } catch {
      // Not a currency Intl knows: formatMoney has the fallback ("ABC 1,200.00").
    }
  }
  return formatMoney(minor, currency, locale, options);
}
