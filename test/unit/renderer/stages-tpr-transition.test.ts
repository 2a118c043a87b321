import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../shared/domain/participants';
import type { TransitionMember } from '../../../shared/domain/transition';
import {
  countSides,
  describeTeam,
  describeWeeks,
  hiddenWeeks,
  lengthStatus,
  lengthWarning,
  missingSide,
  sideOf,
  transitionEndDate,
  weekRows,
  withSide,
} from '../../../renderer/src/features/stages/transition/transition-model';

const person = (id: string): Participant => ({ id, name: id, role: '', team: 'operations', present: true });
const people = ['a', 'b', 'c', 'd'].map(person);

describe('the blended team', () => {
  it.each<[string, TransitionMember[], string, ReturnType<typeof missingSide>]>([
    ['nobody', [], 'Nobody on the transition team yet.', 'both'],
    ['innovation only', [{ participantId: 'a', side: 'innovation' }], '1 from innovation, 0 from operations', 'operations'],
    ['operations only', [{ participantId: 'a', side: 'operations' }, { participantId: 'b', side: 'operations' }], '0 from innovation, 2 from operations', 'innovation'],
    [
      'blended',
      [
        { participantId: 'a', side: 'innovation' },
        { participantId: 'b', side: 'innovation' },
        { participantId: 'c', side: 'operations' },
        { participantId: 'd', side: 'operations' },
      ],
      '2 from innovation, 2 from operations',
      null,
    ],
    ['a removed participant does not count', [{ participantId: 'gone', side: 'innovation' }, { participantId: 'c', side: 'operations' }], '0 from innovation, 1 from operations', 'innovation'],
  ])('%s', (_name, members, line, missing) => {
    const counts = countSides(members, people);
    expect(describeTeam(counts)).toBe(line);
    expect(missingSide(counts)).toBe(missing);
  });

  it('choosing a side adds, moves or removes one member, keeping the order', () => {
    const start: TransitionMember[] = [{ participantId: 'a', side: 'innovation' }, { participantId: 'b', side: 'operations' }];
    expect(withSide(start, 'c', 'operations')).toEqual([...start, { participantId: 'c', side: 'operations' }]);
    expect(withSide(start, 'a', 'operations')).toEqual([{ participantId: 'a', side: 'operations' }, start[1]]);
    expect(withSide(start, 'a', 'none')).toEqual([start[1]]);
    expect(withSide(start, 'z', 'none')).toEqual(start);
    expect(sideOf(start, 'b')).toBe('operations');
    expect(sideOf(start, 'z')).toBe('none');
  });
});

describe('the length', () => {
  it.each<[number | null, ReturnType<typeof lengthStatus>, string | null]>([
    [null, 'unset', null],
    [1, 'short', '1 week is shorter than the usual 4–8. Say why below, or plan it in 4–8 weeks.'],
    [3, 'short', '3 weeks is shorter than the usual 4–8. Say why below, or plan it in 4–8 weeks.'],
    [4, 'usual', null],
    [8, 'usual', null],
    [10, 'long', '10 weeks is longer than the usual 4–8. Say why below, or plan it in 4–8 weeks.'],
  ])('%s weeks is %s', (weeks, status, warning) => {
    expect(lengthStatus(weeks)).toBe(status);
    expect(lengthWarning(weeks)).toBe(warning);
  });

  it.each<[string | null, number | null, string | null]>([
    ['2027-03-22', 10, '2027-05-31'],
    ['2027-03-22', 0, '2027-03-22'],
    // Across the change to summer time in Europe and the US: still whole days.
    ['2027-03-01', 4, '2027-03-29'],
    ['2027-12-27', 1, '2028-01-03'],
    [null, 6, null],
    ['2027-03-22', null, null],
    ['not a date', 6, null],
  ])('starting %s for %s weeks ends on %s', (start, weeks, end) => {
    expect(transitionEndDate(start, weeks)).toBe(end);
  });
});

describe('the week plan follows the length', () => {
  const plan = [
    { id: 'w1', week: 1, focus: 'Pairing' },
    { id: 'w3', week: 3, focus: 'Runbook' },
    { id: 'w9', week: 9, focus: 'Step back' },
    { id: 'w10', week: 10, focus: 'Sign-off' },
  ];

  it.each<[number | null, string[], number[]]>([
    [null, [], [1, 3, 9, 10]],
    [3, ['Pairing', '', 'Runbook'], [9, 10]],
    [8, ['Pairing', '', 'Runbook', '', '', '', '', ''], [9, 10]],
    [9, ['Pairing', '', 'Runbook', '', '', '', '', '', 'Step back'], [10]],
    [12, ['Pairing', '', 'Runbook', '', '', '', '', '', 'Step back', 'Sign-off', '', ''], []],
  ])('%s weeks: one row per week, text kept, later weeks hidden', (weeks, focuses, hidden) => {
    const rows = weekRows(weeks, plan);
    expect(rows.map((row) => row.focus)).toEqual(focuses);
    expect(rows.map((row) => row.week)).toEqual(focuses.map((_, index) => index + 1));
    expect(hiddenWeeks(weeks, plan)).toEqual(hidden);
  });

  it('a week keeps the id of its stored row, and a week nobody wrote for has none yet', () => {
    expect(weekRows(4, plan).map((row) => row.id)).toEqual(['w1', null, 'w3', null]);
  });

  it.each<[number[], string]>([
    [[9], 'week 9'],
    [[9, 10], 'weeks 9–10'],
    [[9, 10, 11], 'weeks 9–11'],
    [[9, 11, 12], 'weeks 9, 11 and 12'],
  ])('names hidden weeks %j as "%s"', (weeks, text) => {
    expect(describeWeeks(weeks)).toBe(text);
  });
});
