import { describe, expect, it } from 'vitest';
import { editedAgo, exactTime, timeAgo, workshopDay } from '../../../renderer/src/features/library/library-time';

const NOW = new Date(2026, 10, 26, 14, 2, 0).getTime(); // 26 Nov 2026, 14:02 local time
const before = (ms: number) => new Date(NOW - ms).toISOString();
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('timeAgo', () => {
  it.each([
    [before(0), 'just now'],
    [before(59_000), 'just now'],
    [before(MIN), '1 min ago'],
    [before(5 * MIN), '5 min ago'],
    [before(59 * MIN), '59 min ago'],
    [before(HOUR), '1 hour ago'],
    [before(3 * HOUR), '3 hours ago'],
    [new Date(2026, 10, 25, 9, 0).toISOString(), 'yesterday'],
    [new Date(2026, 10, 22, 9, 0).toISOString(), '4 days ago'],
    [new Date(2026, 10, 12, 9, 0).toISOString(), 'on 12 Nov'],
    [new Date(2025, 2, 3, 9, 0).toISOString(), 'on 3 Mar 2025'],
    ['not a date', 'at an unknown time'],
  ])('%s → %j', (iso, text) => {
    expect(timeAgo(iso, NOW, 'en-GB')).toBe(text);
  });

  it('says "Edited …" for the library row', () => {
    expect(editedAgo(before(5 * MIN), NOW, 'en-GB')).toBe('Edited 5 min ago');
  });
});

describe('exactTime', () => {
  it('gives the full moment for the tooltip', () => {
    expect(exactTime(new Date(2026, 10, 26, 14, 2).toISOString(), 'en-GB')).toMatch(/^Thursday,? 26 November 2026 at 14:02$/); // ICU versions differ on the comma
  });

  it('leaves an unreadable value as it is', () => {
    expect(exactTime('soon', 'en-GB')).toBe('soon');
  });
});

describe('workshopDay', () => {
  it.each([
    ['2026-03-03', '3 Mar 2026'],
    ['2026-12-31', '31 Dec 2026'],
    ['2026-1-3', '2026-1-3'],
  ])('%s → %j, in the local calendar, never a day early', (date, text) => {
    expect(workshopDay(date, 'en-GB')).toBe(text);
  });
});
