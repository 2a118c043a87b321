import { describe, expect, it } from 'vitest';
import { acceptanceState, lapsedAcceptanceNote } from '../../../../shared/readiness';

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
