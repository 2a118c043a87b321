import { describe, expect, it } from 'vitest';
import type { Note, VoteSession } from '../../../../shared/domain/room';
import {
  ballotsCast,
  ballotsWithoutNote,
  castDot,
  currentVote,
  dotsLeft,
  parseBudget,
  removeDot,
  tally,
  type Ballot,
} from '../../../../shared/room/votes';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const note = (n: number, stageId: Note['stageId'] = 'standards'): Note => ({
  id: id(n),
  stageId,
  text: `Note ${n}`,
  authorParticipantId: null,
  groupId: null,
  createdAt: '2026-11-26T08:00:00.000Z',
});

describe('casting a dot', () => {
  it.each<[string, Ballot | undefined, number, { ok: boolean; ballot: Ballot; reason?: string }]>([
    ['a first dot', undefined, 3, { ok: true, ballot: { a: 1 } }],
    ['a second dot on the same note', { a: 1 }, 3, { ok: true, ballot: { a: 2 } }],
    ['the last dot of the budget', { a: 1, b: 1 }, 3, { ok: true, ballot: { a: 2, b: 1 } }],
    ['a fourth dot with a budget of 3', { a: 2, b: 1 }, 3, { ok: false, ballot: { a: 2, b: 1 }, reason: 'over-budget' }],
    ['any dot with a budget of 1 already used', { b: 1 }, 1, { ok: false, ballot: { b: 1 }, reason: 'over-budget' }],
    ['all ten dots on one note', { a: 9 }, 10, { ok: true, ballot: { a: 10 } }],
  ])('%s', (_, ballot, budget, expected) => {
    expect(castDot(ballot, 'a', budget)).toEqual(expected);
  });

  it('never changes the ballot it was given', () => {
    const ballot = { a: 1 };
    castDot(ballot, 'a', 3);
    expect(ballot).toEqual({ a: 1 });
  });
});

describe('removing a dot', () => {
  it.each<[string, Ballot | undefined, { ok: boolean; ballot: Ballot; reason?: string }]>([
    ['one of two dots', { a: 2, b: 1 }, { ok: true, ballot: { a: 1, b: 1 } }],
    ['the last dot on a note drops the note', { a: 1, b: 1 }, { ok: true, ballot: { b: 1 } }],
    ['from a note without dots', { b: 1 }, { ok: false, ballot: { b: 1 }, reason: 'no-dot-to-remove' }],
    ['from no ballot at all', undefined, { ok: false, ballot: {}, reason: 'no-dot-to-remove' }],
  ])('%s', (_, ballot, expected) => {
    expect(removeDot(ballot, 'a')).toEqual(expected);
  });
});

describe('dots left', () => {
  it.each<[Ballot | undefined, number, number]>([
    [undefined, 3, 3],
    [{ a: 1 }, 3, 2],
    [{ a: 2, b: 1 }, 3, 0],
    [{ a: 5 }, 3, 0],
  ])('%j with a budget of %i leaves %i', (ballot, budget, left) => {
    expect(dotsLeft(ballot, budget)).toBe(left);
  });
});

describe('the budget a facilitator types', () => {
  it.each<[string, number | null]>([
    ['3', 3],
    [' 1 ', 1],
    ['10', 10],
    ['0', null],
    ['11', null],
    ['2.5', null],
    ['', null],
    ['three', null],
  ])('"%s" gives %s', (input, expected) => {
    const result = parseBudget(input);
    expect(result.ok ? result.budget : null).toBe(expected);
    if (!result.ok) expect(result.message).toMatch(/1 to 10/);
  });
});

describe('the tally', () => {
  const notes = [note(1), note(2), note(3), note(4), note(9, 'cost')];
  it.each<[string, Record<string, Ballot>, [number, number, number][]]>([
    ['no votes keeps the written order', {}, [[1, 0, 0], [2, 0, 0], [3, 0, 0], [4, 0, 0]]],
    [
      'most dots first',
      { p: { [id(3)]: 2, [id(1)]: 1 }, q: { [id(3)]: 1, [id(4)]: 2 } },
      [[3, 3, 2], [4, 2, 1], [1, 1, 1], [2, 0, 0]],
    ],
    [
      'ties keep the written order',
      { p: { [id(4)]: 1, [id(2)]: 1 } },
      [[2, 1, 1], [4, 1, 1], [1, 0, 0], [3, 0, 0]],
    ],
    ['notes of another stage are left out', { p: { [id(9)]: 3 } }, [[1, 0, 0], [2, 0, 0], [3, 0, 0], [4, 0, 0]]],
  ])('%s', (_, ballots, expected) => {
    const rows = tally({ stageId: 'standards', ballots }, notes);
    expect(rows.map((row) => [notes.indexOf(row.note) === 4 ? 9 : notes.indexOf(row.note) + 1, row.dots, row.voters])).toEqual(expected);
  });
});

describe('which vote a stage shows', () => {
  const session = (n: number, stageId: Note['stageId'], status: 'open' | 'revealed'): VoteSession => ({
    id: id(n),
    stageId,
    status,
    budgetPerPerson: 3,
    ballots: n === 2 ? { p: { a: 1 }, q: {} } : ({} as VoteSession['ballots']),
    createdAt: '2026-11-26T08:00:00.000Z',
  });
  it.each<[string, VoteSession[], number | null]>([
    ['none yet', [], null],
    ['the open one before a later revealed one', [session(1, 'standards', 'open'), session(2, 'standards', 'revealed')], 1],
    ['the latest revealed one', [session(1, 'standards', 'revealed'), session(2, 'standards', 'revealed')], 2],
    ['never another stage’s', [session(1, 'cost', 'open')], null],
  ])('%s', (_, sessions, expected) => {
    expect(currentVote(sessions, 'standards')?.id ?? null).toBe(expected === null ? null : id(expected));
  });

  it('counts only people who put a dot down', () => {
    expect(ballotsCast(session(2, 'standards', 'open'))).toBe(1);
  });
});

describe('a note that goes away', () => {
  it('gives its dots back to everyone who spent them on it', () => {
    const after = ballotsWithoutNote({ p: { a: 2, b: 1 }, q: { a: 1 }, r: {} }, 'a');
    expect(after).toEqual({ p: { b: 1 }, q: {}, r: {} });
    expect(dotsLeft(after['p'], 3)).toBe(2);
  });
});
