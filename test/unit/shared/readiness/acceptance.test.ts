import { describe, expect, it } from 'vitest';
import { acceptanceState, checkAcceptance, lapsedAcceptanceNote } from '../../../../shared/readiness';

describe('acceptanceState', () => {
  it.each([
    ['2026-06-30', '2026-06-01', 'live'],
    ['2026-06-30', '2026-06-30', 'live'],
    ['2026-06-30', '2026-07-01', 'expired'],
    ['2026-06-30', '2027-01-01', 'expired'],
    ['2026-06-30', null, 'live'],
    [null, '2026-06-01', 'no-expiry'],
    [null, null, 'no-expiry'],
  ] as const)('until %s, today %s → %s', (until, today, expected) => {
    expect(acceptanceState({ until }, today)).toBe(expected);
  });
});

describe('lapsedAcceptanceNote', () => {
  it('names who accepted it and when it ran out', () => {
    expect(lapsedAcceptanceNote({ acceptedBy: 'Henrik Vos', until: '2027-09-30' }, '2027-10-01')).toMatch(
      /^Accepted by Henrik Vos until .*2027.*, now expired\.$/,
    );
    expect(lapsedAcceptanceNote({ acceptedBy: ' ', until: null }, '2027-10-01')).toBe(
      'Accepted by someone with no end date: an acceptance must say until when.',
    );
  });
});

describe('checkAcceptance', () => {
  const today = '2026-12-06';
  const good = { acceptedBy: ' Henrik Vos ', reason: ' Waiting for the ERP plan. ', until: '2027-09-30' };

  it('stores who, why, since today and until when, trimmed', () => {
    expect(checkAcceptance(good, today)).toEqual({
      ok: true,
      acceptance: { acceptedBy: 'Henrik Vos', reason: 'Waiting for the ERP plan.', acceptedOn: today, until: '2027-09-30' },
    });
  });

  it('accepts today as the last day', () => {
    expect(checkAcceptance({ ...good, until: today }, today).ok).toBe(true);
  });

  it.each([
    ['no one named', { acceptedBy: '  ' }, 'acceptedBy', 'Name who accepts it'],
    ['no reason', { reason: '' }, 'reason', 'Say why'],
    ['no end date', { until: '' }, 'until', 'Give an end date'],
    ['an impossible date', { until: '2027-02-30' }, 'until', 'calendar date'],
    ['not a date', { until: 'next year' }, 'until', 'calendar date'],
    ['a date already past', { until: '2026-12-05' }, 'until', 'already passed'],
    ['a name too long', { acceptedBy: 'x'.repeat(201) }, 'acceptedBy', 'under 200'],
  ] as const)('refuses %s, saying what to fix', (_case, change, field, words) => {
    const result = checkAcceptance({ ...good, ...change }, today);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.problems)).toEqual([field]);
      expect(result.problems[field]).toContain(words);
    }
  });
});
