import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../shared/domain/limits';
import {
  centsToMinor,
  formatCents,
  formatCentsForInput,
  minorToCents,
  parseMoneyToCents,
} from '../../../../shared/cost/cents';

describe('stored cents ↔ minor units of the currency', () => {
  it.each([
    // [cents, currency, minor]
    [15_000, 'EUR', 15_000],
    [15_000, 'USD', 15_000],
    [120_000, 'JPY', 1_200], // ¥1,200 is 120,000 cents
    [150, 'JPY', 1.5], // not whole yen: display rounds
    [125, 'KWD', 1_250], // 1.25 dinars = 1,250 fils
    [0, 'JPY', 0],
    [99, 'ZZZ', 99], // unknown code: two decimals, as the engine assumes
  ])('centsToMinor(%d, %s) = %d', (cents, currency, minor) => {
    expect(centsToMinor(cents, currency)).toBe(minor);
  });

  it.each([
    // [minor, currency, cents]
    [15_000, 'EUR', 15_000],
    [1_200, 'JPY', 120_000],
    [1_250, 'KWD', 125],
    [0, 'KWD', 0],
  ])('minorToCents(%d, %s) = %d', (minor, currency, cents) => {
    expect(minorToCents(minor, currency)).toEqual({ ok: true, value: cents });
  });

  it.each([
    ['sub-cent fils', 1_255, 'KWD', /two decimal places/],
    ['too many yen to store as cents', 10 ** 12, 'JPY', /too large/],
  ])('minorToCents refuses %s', (_why, minor, currency, message) => {
    const result = minorToCents(minor, currency, 'en-US');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('accepts exactly the largest amount the file format stores', () => {
    expect(minorToCents(LIMITS.moneyCents / 100, 'JPY')).toEqual({ ok: true, value: LIMITS.moneyCents });
    expect(minorToCents(LIMITS.moneyCents / 100 + 1, 'JPY').ok).toBe(false);
  });
});

describe('what the facilitator types → stored cents', () => {
  it.each([
    ['50k', 'EUR', 5_000_000],
    ['150,000', 'USD', 15_000_000],
    ['1.2m', 'GBP', 120_000_000],
    ['150000.50', 'USD', 15_000_050],
    ['€ 1,200.50', 'EUR', 120_050],
    ['50k', 'JPY', 5_000_000], // ¥50,000 = 5,000,000 cents
    ['1,200', 'JPY', 120_000],
    ['0', 'EUR', 0],
    ['', 'EUR', null],
    ['   ', 'EUR', null],
  ])('%j in %s → %s cents', (text, currency, cents) => {
    expect(parseMoneyToCents(text, currency, 'en-US')).toEqual({ ok: true, value: cents });
  });

  it.each([
    ['-5', 'EUR', /cannot be negative/],
    ['(5)', 'EUR', /cannot be negative/],
    ['abc', 'EUR', /Enter an amount like 50k/],
    ['NaN', 'EUR', /Enter an amount like 50k/],
    ['1.5', 'JPY', /no decimal places/],
    ['0.001', 'EUR', /at most 2 decimal places/],
    ['1.255', 'KWD', /two decimal places/],
    ['999bn', 'EUR', /too large/],
  ])('%j in %s is refused with a message, never NaN', (text, currency, message) => {
    const result = parseMoneyToCents(text, currency, 'en-US');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('stored cents shown to the room', () => {
  it.each([
    [15_000_000, 'USD', 'en-US', '150,000'],
    [15_000_050, 'USD', 'en-US', '150,000.50'],
    [15_000_050, 'EUR', 'de-DE', '150.000,50'],
    [120_000, 'JPY', 'en-US', '1,200'],
    [null, 'EUR', 'en-US', ''],
  ])('formatCentsForInput(%s, %s, %s) = %j', (cents, currency, locale, text) => {
    expect(formatCentsForInput(cents, currency, locale)).toBe(text);
  });

  it('round-trips every input format back to the same cents', () => {
    for (const [cents, currency, locale] of [
      [15_000_050, 'USD', 'en-US'],
      [15_000_050, 'EUR', 'de-DE'],
      [120_000, 'JPY', 'en-US'],
      [125, 'KWD', 'en-US'],
    ] as const) {
      expect(parseMoneyToCents(formatCentsForInput(cents, currency, locale), currency, locale)).toEqual({ ok: true, value: cents });
    }
  });

  it.each([
    [46_400_000, 'EUR', 'en-US', '€464,000'],
    [46_400_050, 'EUR', 'en-US', '€464,000.50'],
    [46_400_000, 'EUR', 'de-DE', '464.000 €'],
    [-31_600_000, 'USD', 'en-US', '-$316,000'],
    [0, 'GBP', 'en-US', '£0'],
    [120_000, 'JPY', 'en-US', '¥1,200'],
    [150, 'JPY', 'en-US', '¥2'],
    [125, 'KWD', 'en-US', 'KWD 1.250'],
    [120_000, 'ZZZ', 'en-US', 'ZZZ 1,200'], // any well-formed code, as Intl does
  ])('formatCents(%d, %s, %s) = %s', (cents, currency, locale, shown) => {
    expect(formatCents(cents, currency, locale).replace(/\u00a0/g, ' ')).toBe(shown);
  });

  it('keeps the compact form for chart axes', () => {
    expect(formatCents(46_400_000, 'EUR', 'en-US', { compact: true })).toBe('€464K');
  });

  it('JPY never shows decimals', () => {
    expect(formatCents(123_456_700, 'JPY', 'en-US')).not.toMatch(/\.\d/);
  });
});
