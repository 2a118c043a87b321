import { describe, expect, it } from 'vitest';
import {
  MONEY_INPUT_HINT,
  MONEY_MAX_MINOR,
  currencyExponent,
  formatMoney,
  formatMoneyForInput,
  localeDecimalSeparator,
  minorToMajorString,
  parseMoneyInput,
  safeLocale,
  type MoneyParseErrorCode,
} from '../../../../shared/cost/money';

const NBSP = '\u00a0';

describe('parseMoneyInput accepts what a facilitator types', () => {
  // [input, locale, currency, minor units]
  const accepted: ReadonlyArray<readonly [string, string | undefined, string | undefined, number | null]> = [
    ['', undefined, undefined, null],
    ['   ', undefined, undefined, null],
    ['0', undefined, undefined, 0],
    ['0.00', undefined, undefined, 0],
    ['50k', undefined, undefined, 5_000_000],
    ['50K', undefined, undefined, 5_000_000],
    ['50 k', undefined, undefined, 5_000_000],
    ['1.2m', undefined, undefined, 120_000_000],
    ['1.2M', undefined, undefined, 120_000_000],
    ['1.2 million', undefined, undefined, 120_000_000],
    ['2bn', undefined, undefined, 200_000_000_000],
    ['0.5b', undefined, undefined, 50_000_000_000],
    ['150,000', undefined, undefined, 15_000_000],
    ['150 000', undefined, undefined, 15_000_000],
    [`150${NBSP}000`, undefined, undefined, 15_000_000],
    ['150000', undefined, undefined, 15_000_000],
    ['150000.50', undefined, undefined, 15_000_050],
    ['150,000.50', undefined, undefined, 15_000_050],
    ['$150,000', undefined, undefined, 15_000_000],
    ['$ 150,000', undefined, undefined, 15_000_000],
    ['150,000 USD', undefined, undefined, 15_000_000],
    ['USD 50k', undefined, undefined, 5_000_000],
    ['+50', undefined, undefined, 5_000],
    ['1,234,567', undefined, undefined, 123_456_700],
    ['1.234.567', undefined, undefined, 123_456_700],
    ['1,50,000', 'en-IN', 'INR', 15_000_000],
    ['.5', undefined, undefined, 50],
    ['1,5k', undefined, undefined, 150_000],
    // The genuinely ambiguous "1,200" / "1.200": the locale decides.
    ['1,200', 'en', undefined, 120_000],
    ['1.200', 'en', undefined, 120],
    ['1.200', 'de-DE', undefined, 120_000],
    ['1,200', 'de-DE', undefined, 120],
    // Decimal commas.
    ['€ 1.200,50', 'de-DE', 'EUR', 120_050],
    ['1.200,50 €', 'de-DE', 'EUR', 120_050],
    ['€ 1.200,50', 'en', 'EUR', 120_050],
    ['1 200,50', 'fr-FR', 'EUR', 120_050],
    ["1'234'567.50", 'de-CH', 'CHF', 123_456_750],
    ['1\u2019234\u2019567.50', 'de-CH', 'CHF', 123_456_750],
    ['1,2m', 'de-DE', 'EUR', 120_000_000],
    // Exactness: no float drift, whatever the digits.
    ['0.1', undefined, undefined, 10],
    ['0.3', undefined, undefined, 30],
    ['1.23456m', undefined, undefined, 123_456_000],
    ['150000.500', undefined, undefined, 15_000_050],
    // Currency exponents: JPY has no minor unit, KWD has three decimals.
    ['¥1,200', 'en', 'JPY', 1_200],
    ['1.2m', 'ja-JP', 'JPY', 1_200_000],
    ['1.234', 'en', 'KWD', 1_234], // ambiguous "1.234": in English it is 1.234 dinars
    // Fullwidth digits from an IME.
    ['５０k', undefined, undefined, 5_000_000],
    // Exactly at the cap: 100 billion dollars.
    ['100bn', undefined, 'USD', MONEY_MAX_MINOR],
    ['100,000,000,000', undefined, 'USD', MONEY_MAX_MINOR],
  ];

  it.each(accepted)('%j (%s, %s) → %j minor units', (text, locale, currency, minor) => {
    const result = parseMoneyInput(text, locale, currency === undefined ? {} : { currency });
    expect(result).toEqual({ ok: true, minor });
    if (result.ok && result.minor !== null) expect(Number.isSafeInteger(result.minor)).toBe(true);
  });

  it('names the currency when refusing decimals', () => {
    const yen = parseMoneyInput('1.5', 'en', { currency: 'JPY' });
    expect(yen).toMatchObject({ ok: false, message: expect.stringContaining('JPY amounts have no decimal places') });
    const dollars = parseMoneyInput('0.001', 'en', { currency: 'USD' });
    expect(dollars).toMatchObject({ ok: false, message: expect.stringContaining('USD amounts have at most 2 decimal places') });
  });
});

describe('parseMoneyInput refuses, with a message a facilitator understands', () => {
  // [input, refusal, currency]
  const refused: ReadonlyArray<readonly [string, MoneyParseErrorCode, string?]> = [
    ['-5', 'negative'],
    ['(5)', 'negative'],
    ['-$5', 'negative'],
    ['$-5', 'negative'],
    ['($1,200)', 'negative'],
    ['\u22125', 'negative'],
    ['5-', 'negative'],
    ['-50k', 'negative'],
    ['abc', 'invalid'],
    ['1..2', 'invalid'],
    ['1,,2', 'invalid'],
    ['1.2.3', 'invalid'],
    ['1e999', 'invalid'],
    ['1e3', 'invalid'],
    ['NaN', 'invalid'],
    ['Infinity', 'invalid'],
    ['-Infinity', 'invalid'],
    ['12kk', 'invalid'],
    ['k', 'invalid'],
    ['$', 'invalid'],
    ['.', 'invalid'],
    ['50x', 'invalid'],
    ['1,2,3', 'invalid'],
    ['1,2345,678', 'invalid'],
    ['1 2 3', 'invalid'],
    ['1.234 56', 'invalid'],
    ['1,234.567,8', 'invalid'],
    ['0x10', 'invalid'],
    ['5 5k', 'invalid'],
    ['1' + '0'.repeat(60), 'too-large'],
    ['1' + '0'.repeat(70), 'invalid'], // longer than anyone types an amount
    ['101bn', 'too-large'],
    ['100,000,000,000.01', 'too-large'],
    ['999999999999999999999', 'too-large'],
    ['0.001', 'too-precise'],
    ['1.005', 'too-precise'],
    ['1.5', 'too-precise', 'JPY'],
    ['1.2345k', 'too-precise', 'JPY'],
    ['1.2345', 'too-precise', 'KWD'],
  ];

  const refusedRows = refused.map(([text, code, currency]) => ({ text, code, currency: currency ?? '' }));

  it.each(refusedRows)('$text → $code $currency', ({ text, code, currency }) => {
    const result = parseMoneyInput(text, 'en', { currency });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    expect(result.message.length).toBeGreaterThan(10);
    expect(result.message).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('reads a lone comma followed by two digits as a decimal comma', () => {
    expect(parseMoneyInput('12,34')).toEqual({ ok: true, minor: 1_234 });
  });

  it('uses the same plain hint for anything unreadable', () => {
    expect(parseMoneyInput('abc')).toEqual({ ok: false, code: 'invalid', message: MONEY_INPUT_HINT });
    expect(MONEY_INPUT_HINT).toBe('Enter an amount like 50k, 1.2m or 150,000');
  });

  it('says negative amounts are not allowed', () => {
    const result = parseMoneyInput('-5');
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/cannot be negative/) });
  });

  it('says what the limit is when an amount is too large', () => {
    const result = parseMoneyInput('200bn', 'en', { currency: 'USD' });
    expect(result).toMatchObject({ ok: false, code: 'too-large', message: expect.stringContaining('$100B') });
  });

  it('never throws, whatever it is given', () => {
    const junk = ['\u0000', '(', ')', '()', '-', '+', '--5', '((5))', '$$', 'USD', '€€€', '1' + ','.repeat(50), '🙂'];
    for (const text of junk) {
      const result = parseMoneyInput(text);
      expect(result.ok, text).toBe(false);
    }
    // @ts-expect-error — a value from untyped code must not crash the parser
    expect(parseMoneyInput(undefined).ok).toBe(false);
  });
});

describe('formatMoney', () => {
  const cases: ReadonlyArray<readonly [number, string, string | undefined, boolean, string]> = [
    [15_000_000, 'USD', 'en', false, '$150,000.00'],
    [15_000_050, 'USD', 'en-US', false, '$150,000.50'],
    [5, 'USD', 'en', false, '$0.05'],
    [-123_450, 'USD', 'en', false, '-$1,234.50'],
    [0, 'USD', undefined, false, '$0.00'],
    [120_050, 'EUR', 'de-DE', false, `1.200,50${NBSP}€`],
    [15_000_000, 'EUR', 'de-DE', false, `150.000,00${NBSP}€`],
    [1_200, 'JPY', 'en', false, '¥1,200'],
    [1_200, 'JPY', 'ja-JP', false, '￥1,200'],
    [123_450, 'GBP', 'en-GB', false, '£1,234.50'],
    [1_234, 'KWD', 'en', false, `KWD${NBSP}1.234`],
    [15_000_000, 'USD', 'en', true, '$150K'],
    [120_000_000, 'USD', 'en', true, '$1.2M'],
    [MONEY_MAX_MINOR, 'USD', 'en', true, '$100B'],
    [120_000_000, 'GBP', 'en-GB', true, '£1.2m'],
    [150_000_000, 'EUR', 'de-DE', true, `1,5${NBSP}Mio.${NBSP}€`],
    [1_200_000, 'JPY', 'en', true, '¥1.2M'],
    [15_000_000, 'usd', 'en', false, '$150,000.00'],
  ];

  it.each(cases)('%d %s in %s (compact %s) → %j', (minor, currency, locale, compact, expected) => {
    expect(formatMoney(minor, currency, locale, { compact })).toBe(expected);
  });

  it('shows the largest accepted amount exactly, to the cent', () => {
    expect(formatMoney(MONEY_MAX_MINOR - 1, 'USD', 'en')).toBe('$99,999,999,999.99');
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'USD', 'en')).toBe('$90,071,992,547,409.91');
  });

  it('falls back to two decimals and the code for an unknown or malformed currency', () => {
    expect(formatMoney(120_050, 'ABCD', 'en')).toBe('ABCD 1,200.50');
    expect(formatMoney(120_050, '', 'en')).toBe('¤ 1,200.50');
    expect(formatMoney(120_050, 'XYZ', 'en')).toBe(`XYZ${NBSP}1,200.50`);
  });

  it('falls back to English for a malformed locale rather than throwing', () => {
    expect(formatMoney(15_000_000, 'USD', 'en_US')).toBe('$150,000.00');
    expect(safeLocale('not a locale!')).toBe('en');
  });

  it('never prints NaN or Infinity', () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      const text = formatMoney(bad, 'USD', 'en');
      expect(text).toBe('—');
    }
    expect(formatMoney(12.6, 'USD', 'en')).toBe('$0.13');
  });
});

describe('currency exponents and exact conversion', () => {
  it.each([
    ['USD', 2],
    ['EUR', 2],
    ['GBP', 2],
    ['JPY', 0],
    ['KWD', 3],
    ['jpy', 0],
    ['NOPE', 2],
    ['', 2],
  ])('%s has %d minor-unit digits', (currency, exponent) => {
    expect(currencyExponent(currency)).toBe(exponent);
  });

  it.each([
    [15_000_050, 2, '150000.50'],
    [5, 2, '0.05'],
    [-5, 2, '-0.05'],
    [0, 2, '0.00'],
    [1_200, 0, '1200'],
    [1_234, 3, '1.234'],
    [Number.MAX_SAFE_INTEGER, 2, '90071992547409.91'],
  ])('minorToMajorString(%d, %d) → %s', (minor, exponent, text) => {
    expect(minorToMajorString(minor, exponent)).toBe(text);
  });

  it('knows which locales write a decimal comma', () => {
    expect(localeDecimalSeparator('en')).toBe('.');
    expect(localeDecimalSeparator('de-DE')).toBe(',');
    expect(localeDecimalSeparator('fr-FR')).toBe(',');
    expect(localeDecimalSeparator(undefined)).toBe('.');
  });
});

describe('formatMoneyForInput round-trips through parseMoneyInput', () => {
  const locales = ['en', 'en-GB', 'en-IN', 'de-DE', 'fr-FR', 'de-CH', 'es-ES', 'ja-JP', 'ar-EG'];
  const amounts = [0, 5, 100, 1_200, 120_050, 15_000_000, 15_000_050, 123_456_789, MONEY_MAX_MINOR];
  const currencies = ['USD', 'EUR', 'JPY', 'KWD'];

  it('gives back the same minor units in every locale and currency', () => {
    for (const locale of locales) {
      for (const currency of currencies) {
        for (const minor of amounts) {
          const text = formatMoneyForInput(minor, currency, locale);
          expect(parseMoneyInput(text, locale, { currency }), `${minor} ${currency} ${locale} "${text}"`).toEqual({
            ok: true,
            minor,
          });
        }
      }
    }
  });

  it('shows decimals only when there are cents', () => {
    expect(formatMoneyForInput(15_000_000, 'USD', 'en')).toBe('150,000');
    expect(formatMoneyForInput(15_000_050, 'USD', 'en')).toBe('150,000.50');
    expect(formatMoneyForInput(15_000_050, 'EUR', 'de-DE')).toBe('150.000,50');
    expect(formatMoneyForInput(NaN, 'EUR', 'de-DE')).toBe('');
  });
});
