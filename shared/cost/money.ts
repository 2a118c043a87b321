/**
 * Money in Endfirst is always an integer count of the currency's *minor units*: cents for USD, EUR
 * and GBP (exponent 2), whole yen for JPY (exponent 0), fils for KWD (exponent 3). No money value is
 * ever a float, so 0.1 + 0.2 style drift cannot happen anywhere in the lifecycle arithmetic.
 *
 * - `parseMoneyInput` turns what a facilitator types ("50k", "1.2m", "150,000", "€ 1.200,50") into
 *   minor units, or a short message they understand. It works on the digits as text and uses BigInt,
 *   so "1.2m" is exactly 120,000,000 cents.
 * - `formatMoney` shows minor units with the locale's own conventions (Intl.NumberFormat), and never
 *   prints NaN or Infinity.
 * - `currencyExponent` says how many minor-unit digits a currency has, from the same Intl data, so
 *   parsing and formatting always agree.
 *
 * Note for whoever stores money: the exponent comes from the ICU data bundled with the runtime.
 * For the currencies a facilitator will meet it is stable (ISO 4217), but a saved plan should keep its
 * currency code next to the amounts so the meaning of "minor units" can always be recovered.
 */

/** The largest amount accepted: 10^13 minor units (100 billion dollars, euros or pounds). */
export const MONEY_MAX_MINOR = 10_000_000_000_000;

/** Exponent used when a currency code is unknown or malformed. */
export const DEFAULT_CURRENCY_EXPONENT = 2;

/** What the input hint says, and what every "I cannot read that" message ends with. */
export const MONEY_INPUT_HINT = 'Enter an amount like 50k, 1.2m or 150,000';

export type MoneyParseErrorCode = 'invalid' | 'negative' | 'too-precise' | 'too-large';

export type MoneyParseResult =
  | { readonly ok: true; readonly minor: number | null }
  | { readonly ok: false; readonly code: MoneyParseErrorCode; readonly message: string };

export interface ParseMoneyOptions {
  /** ISO 4217 code; decides how many decimals are allowed (JPY: none). Default: 2 decimals. */
  readonly currency?: string;
}

export interface FormatMoneyOptions {
  /** Short form for chart axes and tight spaces: "$150K", "1,2 Mio. €". */
  readonly compact?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Locale and currency helpers
// ---------------------------------------------------------------------------------------------

const FALLBACK_LOCALE = 'en';

const localeCache = new Map<string, string>();

/**
 * A locale Intl accepts. A malformed tag ("en_US") or one the runtime does not know falls back to
 * English rather than to the machine's locale, so the same input always gives the same result.
 */
export function safeLocale(locale: string | undefined): string {
  const wanted = (locale ?? '').trim() || FALLBACK_LOCALE;
  const cached = localeCache.get(wanted);
  if (cached !== undefined) return cached;
  let resolved = FALLBACK_LOCALE;
  try {
    const supported = Intl.NumberFormat.supportedLocalesOf([wanted]);
    if (supported.length > 0 && supported[0] !== undefined) resolved = supported[0];
  } catch {
    resolved = FALLBACK_LOCALE;
  }
  localeCache.set(wanted, resolved);
  return resolved;
}

/** Upper-cased code if it looks like ISO 4217 and Intl accepts it as a currency; otherwise null. */
function intlCurrency(currency: string | undefined): string | null {
  const code = (currency ?? '').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return null;
  try {
    new Intl.NumberFormat(FALLBACK_LOCALE, { style: 'currency', currency: code });
    return code;
  } catch {
    return null;
  }
}

const exponentCache = new Map<string, number>();

/**
 * How many digits of minor units the currency has: USD 2, EUR 2, JPY 0, KWD 3. Unknown or malformed
 * codes get 2. Independent of locale (the same currency has the same minor unit everywhere).
 */
export function currencyExponent(currency: string): number {
  const code = intlCurrency(currency);
  if (code === null) return DEFAULT_CURRENCY_EXPONENT;
  const cached = exponentCache.get(code);
  if (cached !== undefined) return cached;
  const digits = new Intl.NumberFormat(FALLBACK_LOCALE, { style: 'currency', currency: code }).resolvedOptions()
    .maximumFractionDigits;
  const exponent =
    typeof digits === 'number' && Number.isInteger(digits) && digits >= 0 && digits <= 4
      ? digits
      : DEFAULT_CURRENCY_EXPONENT;
  exponentCache.set(code, exponent);
  return exponent;
}

/** The decimal separator the locale writes ("." for en, "," for de-DE and fr-FR). */
const decimalCache = new Map<string, '.' | ','>();

export function localeDecimalSeparator(locale?: string): '.' | ',' {
  const loc = safeLocale(locale);
  const cached = decimalCache.get(loc);
  if (cached !== undefined) return cached;
  const parts = new Intl.NumberFormat(loc, { numberingSystem: 'latn' }).formatToParts(1.5);
  const decimal = parts.find((p) => p.type === 'decimal')?.value;
  const separator = decimal === ',' || decimal === '\u066B' ? ',' : '.';
  decimalCache.set(loc, separator);
  return separator;
}

/**
 * Minor units as an exact decimal string in major units: (15000050, 2) → "150000.50", (-5, 2) → "-0.05",
 * (1200, 0) → "1200". Exact for any integer (works on the digits, not on a float division).
 */
export function minorToMajorString(minor: number, exponent: number): string {
  const whole = Number.isFinite(minor) ? Math.round(minor) : 0;
  const negative = whole < 0;
  let digits = BigInt(Math.abs(whole)).toString();
  if (exponent <= 0) return (negative ? '-' : '') + digits;
  digits = digits.padStart(exponent + 1, '0');
  const cut = digits.length - exponent;
  return `${negative ? '-' : ''}${digits.slice(0, cut)}.${digits.slice(cut)}`;
}

// ---------------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------------

const formatterCache = new Map<string, Intl.NumberFormat>();

function formatter(key: string, locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = formatterCache.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, options);
    formatterCache.set(key, f);
  }
  return f;
}

/** What is shown instead of a number that cannot be shown (NaN, Infinity). Never "NaN". */
export const MONEY_PLACEHOLDER = '—';

/**
 * Minor units shown with the locale's conventions: formatMoney(15000050, 'USD', 'en') → "$150,000.50",
 * formatMoney(120050, 'EUR', 'de-DE') → "1.200,50 €", formatMoney(1200, 'JPY', 'en') → "¥1,200",
 * { compact: true } → "$150K". An unknown or malformed currency code falls back to 2 decimals and the
 * code as a prefix ("ABCD 1,200.50"). A non-finite input gives "—"; a fractional input is rounded.
 */
export function formatMoney(
  minor: number,
  currency: string,
  locale?: string,
  options: FormatMoneyOptions = {},
): string {
  if (typeof minor !== 'number' || !Number.isFinite(minor)) return MONEY_PLACEHOLDER;
  const loc = safeLocale(locale);
  const compact = options.compact === true;
  const code = intlCurrency(currency);
  if (code !== null) {
    const exponent = currencyExponent(code);
    const f = formatter(`${loc}|${code}|${compact ? 'c' : 'f'}`, loc, {
      style: 'currency',
      currency: code,
      numberingSystem: 'latn',
      ...(compact ? { notation: 'compact' as const } : {}),
    });
    return f.format(minorToMajorString(minor, exponent) as `${number}`);
  }
  const label = (currency ?? '').trim().toUpperCase() || '¤';
  const f = formatter(`${loc}|?|${compact ? 'c' : 'f'}`, loc, {
    numberingSystem: 'latn',
    ...(compact
      ? { notation: 'compact' as const }
      : { minimumFractionDigits: DEFAULT_CURRENCY_EXPONENT, maximumFractionDigits: DEFAULT_CURRENCY_EXPONENT }),
  });
  return `${label} ${f.format(minorToMajorString(minor, DEFAULT_CURRENCY_EXPONENT) as `${number}`)}`;
}

/**
 * Minor units written back into an input field: locale grouping, no currency symbol, decimals only
 * when there are cents. formatMoneyForInput(15000000, 'USD', 'en') → "150,000";
 * (15000050, 'USD', 'de-DE') → "150.000,50". Always reads back to the same amount with
 * parseMoneyInput(text, locale, { currency }).
 */
export function formatMoneyForInput(minor: number, currency: string, locale?: string): string {
  if (typeof minor !== 'number' || !Number.isFinite(minor)) return '';
  const loc = safeLocale(locale);
  const exponent = currencyExponent(currency);
  const major = minorToMajorString(minor, exponent);
  const hasCents = exponent > 0 && !/\.0+$/.test(major);
  const digits = hasCents ? exponent : 0;
  const f = formatter(`${loc}|input|${digits}`, loc, {
    numberingSystem: 'latn',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: true,
  });
  return f.format(major as `${number}`);
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

const SUFFIXES: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(k|thousand)$/i, 3],
  [/^(m|mn|million)$/i, 6],
  [/^(b|bn|billion)$/i, 9],
];

let knownCurrencyCodes: ReadonlySet<string> | null = null;

function isKnownCurrencyCode(word: string, extra: string | null): boolean {
  const code = word.toUpperCase();
  if (extra !== null && code === extra) return true;
  if (knownCurrencyCodes === null) {
    let list: string[] = [];
    try {
      list = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
    } catch {
      list = [];
    }
    knownCurrencyCodes = new Set(list.length > 0 ? list : ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD']);
  }
  return knownCurrencyCodes.has(code);
}

const fail = (code: MoneyParseErrorCode, message: string): MoneyParseResult => ({ ok: false, code, message });

const invalid = (): MoneyParseResult => fail('invalid', MONEY_INPUT_HINT);

/** Peels currency symbols and codes, signs and brackets off both ends; says whether a minus was seen. */
function peel(text: string, currency: string | null): { body: string; negative: boolean } {
  let s = text.trim();
  let negative = false;
  for (let guard = 0; guard < 12; guard += 1) {
    const before = s;
    const bracketed = /^\((.*)\)$/s.exec(s);
    if (bracketed) {
      negative = true;
      s = (bracketed[1] ?? '').trim();
    }
    if (/^[-\u2212\u2010\u2012\u2013\u2014]/.test(s)) {
      negative = true;
      s = s.slice(1).trim();
    }
    if (/[-\u2212\u2010\u2012\u2013\u2014]$/.test(s)) {
      negative = true;
      s = s.slice(0, -1).trim();
    }
    if (s.startsWith('+')) s = s.slice(1).trim();
    s = s.replace(/^\p{Sc}+/u, '').replace(/\p{Sc}+$/u, '').trim();
    const lead = /^([A-Za-z]{3})(?![A-Za-z])/.exec(s);
    if (lead && isKnownCurrencyCode(lead[1] ?? '', currency)) s = s.slice(3).trim();
    const trail = /(?:^|[^A-Za-z])([A-Za-z]{3})$/.exec(s);
    if (trail && isKnownCurrencyCode(trail[1] ?? '', currency)) s = s.slice(0, -3).trim();
    if (s === before) break;
  }
  return { body: s, negative };
}

const GROUP_KINDS = /[ '\u2019]/;

/**
 * Splits "1,234.56"-like text (digits, '.', ',', spaces, apostrophes) into its integer digits and
 * fraction digits, or null when it is not a well-formed number.
 *
 * How the decimal separator is decided:
 * - '.' and ',' both present: the one written last is the decimal separator ("1,200.50", "1.200,50").
 * - only one of them, written more than once: it groups thousands ("1,234,567", "1.234.567").
 * - only one of them, written once, with exactly three digits after it and one to three before it
 *   ("1,200", "1.200"): genuinely ambiguous, so the locale decides (en: "1,200" is twelve hundred and
 *   "1.200" is 1.2; de-DE the other way round).
 * - only one of them, written once, otherwise: it is the decimal separator ("1.2", "1,5", "150000.50"),
 *   because it cannot be a thousands separator.
 * Spaces and apostrophes always group thousands ("150 000", "1'234'567"). Thousands groups must have
 * three digits (Indian grouping "1,50,000" is accepted too).
 */
function splitNumber(body: string, localeDecimal: '.' | ','): { int: string; frac: string } | null {
  if (!/^[0-9., '\u2019]+$/.test(body) || !/[0-9]/.test(body)) return null;
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  let decimal: '.' | ',' | null = null;
  if (dots > 0 && commas > 0) {
    decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    if ((decimal === '.' ? dots : commas) !== 1) return null;
  } else if (dots + commas === 1) {
    const sep = dots === 1 ? '.' : ',';
    const at = body.indexOf(sep);
    const after = /^[0-9]*/.exec(body.slice(at + 1))?.[0] ?? '';
    const before = /[0-9]*$/.exec(body.slice(0, at))?.[0] ?? '';
    const couldGroup = after.length === 3 && before.length >= 1 && before.length <= 3;
    decimal = couldGroup ? (sep === localeDecimal ? sep : null) : sep;
  }
  let intText = body;
  let frac = '';
  if (decimal !== null) {
    const at = body.indexOf(decimal);
    intText = body.slice(0, at);
    frac = body.slice(at + 1);
    if (!/^[0-9]*$/.test(frac)) return null;
  }
  intText = intText.trim();
  if (intText === '' && frac === '') return null;
  if (intText === '') return { int: '0', frac };
  // Grouping: at most one kind of separator inside the integer part.
  const separators = new Set(intText.replace(/[0-9]/g, '').split(''));
  if (separators.size === 0) return { int: intText, frac };
  if (separators.size > 1) return null;
  const [sep] = [...separators];
  if (sep === undefined || !(sep === '.' || sep === ',' || GROUP_KINDS.test(sep))) return null;
  const groups = intText.split(sep);
  const [first, ...rest] = groups;
  if (first === undefined || !/^[0-9]{1,3}$/.test(first) || rest.length === 0) return null;
  const western = rest.every((g) => /^[0-9]{3}$/.test(g));
  const last = rest[rest.length - 1] ?? '';
  const indian = /^[0-9]{3}$/.test(last) && rest.slice(0, -1).every((g) => /^[0-9]{2}$/.test(g)) && first.length <= 2;
  if (!western && !indian) return null;
  return { int: groups.join(''), frac };
}

/**
 * What a facilitator typed → integer minor units of the currency.
 *
 * Accepts "50k", "50K", "1.2m", "1.2M", "2bn", "150,000", "150 000", "150000.50", "$150,000",
 * "€ 1.200,50" (de-DE), "USD 50k", "0". Empty or blank text is `{ ok: true, minor: null }` (not entered).
 * Refuses negatives ("-5", "(5)"), anything that is not a plain amount ("abc", "1..2", "1e999", "NaN",
 * "Infinity", "12kk"), more decimals than the currency has ("0.001" dollars, "1.5" yen) and amounts over
 * MONEY_MAX_MINOR — each with a short message for the facilitator.
 *
 * `locale` (default 'en') only settles the genuinely ambiguous "1,200" / "1.200"; see splitNumber.
 */
export function parseMoneyInput(text: string, locale?: string, options: ParseMoneyOptions = {}): MoneyParseResult {
  if (typeof text !== 'string') return invalid();
  const normalised = text.normalize('NFKC').trim();
  if (normalised === '') return { ok: true, minor: null };
  if (normalised.length > 64) return invalid();

  const currencyCode = intlCurrency(options.currency);
  const exponent = currencyCode === null ? DEFAULT_CURRENCY_EXPONENT : currencyExponent(currencyCode);
  const { body: peeled, negative } = peel(normalised, currencyCode);

  // Multiplier word at the end: k, m, bn, thousand, million, billion (one only: "12kk" is refused).
  let body = peeled;
  let suffixExponent = 0;
  const suffix = /^(.*?[0-9.,])\s*([A-Za-z]+)$/s.exec(peeled);
  if (suffix) {
    const word = suffix[2] ?? '';
    const match = SUFFIXES.find(([pattern]) => pattern.test(word));
    if (!match) return invalid();
    body = (suffix[1] ?? '').trim();
    suffixExponent = match[1];
  }

  const parts = splitNumber(body, localeDecimalSeparator(locale));
  if (parts === null) return invalid();
  if (negative) return fail('negative', 'Amounts cannot be negative. ' + MONEY_INPUT_HINT);

  // Exact arithmetic on the digits: value = (int.frac) × 10^(suffix + currency exponent).
  const frac = parts.frac.replace(/0+$/, '');
  const digits = (parts.int + frac).replace(/^0+(?=[0-9])/, '');
  if (digits.length > 30) return fail('too-large', tooLargeMessage(currencyCode, locale));
  const shift = suffixExponent + exponent - frac.length;
  let minor = BigInt(digits);
  if (shift >= 0) {
    minor *= 10n ** BigInt(shift);
  } else {
    const divisor = 10n ** BigInt(-shift);
    if (minor % divisor !== 0n) return fail('too-precise', tooPreciseMessage(currencyCode, exponent));
    minor /= divisor;
  }
  if (minor > BigInt(MONEY_MAX_MINOR)) return fail('too-large', tooLargeMessage(currencyCode, locale));
  return { ok: true, minor: Number(minor) };
}

function tooPreciseMessage(currency: string | null, exponent: number): string {
  const who = currency === null ? 'Amounts' : `${currency} amounts`;
  if (exponent === 0) return `${who} have no decimal places. ${MONEY_INPUT_HINT}`;
  return `${who} have at most ${exponent} decimal place${exponent === 1 ? '' : 's'}. ${MONEY_INPUT_HINT}`;
}

function tooLargeMessage(currency: string | null, locale: string | undefined): string {
  const limit = formatMoney(MONEY_MAX_MINOR, currency ?? 'USD', locale, { compact: true });
  const shown = currency === null ? limit.replace(/[^\d.,\s\p{L}]/gu, '').trim() : limit;
  return `That is too large: the most this app accepts is ${shown}.`;
}
