import { currencyExponent, formatMoney } from '../cost/money';

/**
 * Formatting for exported documents. Exports are read far from the room, often by finance, so
 * they use one fixed locale (British English: "26 November 2026", "€1,200") rather than the
 * machine's: the same workshop always gives byte-identical files, which is also what the
 * snapshot tests rely on.
 */
export const EXPORT_LOCALE = 'en-GB';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** 'YYYY-MM-DD' → "26 November 2026"; anything else is returned unchanged rather than guessed at. */
export function formatLongDate(iso: string | null): string {
  if (iso === null || iso === '') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** 'YYYY-MM-DD' → "4 Dec 2026": for table columns, where the long form wraps. */
export function formatShortDate(iso: string | null): string {
  const long = formatLongDate(iso);
  return /^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(long) ? long.replace(/ ([A-Z][a-z]{2})[a-z]* /, ' $1 ') : long;
}

/** Stored cents (hundredths for every currency, see domain/cost.ts) in the currency's own units. */
export function formatCentsForExport(cents: number | null, currency: string): string {
  if (cents === null) return 'not entered';
  const shift = currencyExponent(currency) - 2;
  const minor = shift >= 0 ? cents * 10 ** shift : cents / 10 ** -shift;
  // Plans are in whole amounts almost always: "€464,000" reads better than "€464,000.00".
  return formatMoney(minor, currency, EXPORT_LOCALE).replace(/\.0+$/, '');
}

/** 0.681 → "68%", −0.042 → "−4.2%": one decimal only where it matters. */
export function formatPercent(ratio: number): string {
  const digits = Math.abs(ratio) < 0.1 ? 1 : 0;
  return new Intl.NumberFormat(EXPORT_LOCALE, { style: 'percent', maximumFractionDigits: digits }).format(ratio);
}

/** A cell that only needs to name a long text gets an excerpt; the words are shared with the screens. */
export { excerpt, oneLine, plural } from '../text';
