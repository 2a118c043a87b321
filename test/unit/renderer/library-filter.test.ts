import { describe, expect, it } from 'vitest';
import {
  findWorkshops,
  foldForSearch,
  matchesQuery,
  resultCountLabel,
  searchText,
  sortSummaries,
  type Findable,
} from '../../../renderer/src/features/library/library-filter';

const workshop = (id: string, fields: Partial<Findable>): Findable => ({
  id,
  title: '',
  organisation: '',
  facilitator: '',
  date: '2026-01-01',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
});

const LIBRARY: readonly Findable[] = [
  workshop('a', { title: 'Claims triage', organisation: 'Zürich Versicherung', date: '2026-03-01', updatedAt: '2026-11-20T10:00:00.000Z' }),
  workshop('b', { title: 'Invoice triage', organisation: 'Northwind', facilitator: 'Renée Dubois', date: '2026-05-10', updatedAt: '2026-11-25T10:00:00.000Z' }),
  workshop('c', { title: 'Board report 10', organisation: 'Ørsted', date: '2026-01-15', updatedAt: '2026-11-22T10:00:00.000Z' }),
  workshop('d', { title: 'board report 9', organisation: 'Straße AG', facilitator: 'Łukasz Nowak', date: '2026-01-15', updatedAt: '2026-11-22T10:00:00.000Z' }),
];

describe('foldForSearch', () => {
  it.each([
    ['Zürich', 'zurich'],
    ['CAFÉ', 'cafe'],
    ['Ørsted', 'orsted'],
    ['Straße', 'strasse'],
    ['Łukasz', 'lukasz'],
    ['  two   words ', 'two words'],
    ['ﬁle', 'file'],
    ['', ''],
  ])('%j → %j', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });
});

describe('matchesQuery', () => {
  const text = searchText(LIBRARY[1] as Findable);
  it.each([
    ['', true],
    ['invoice', true],
    ['RENEE', true],
    ['renée dubois', true],
    ['dubois invoice', true],
    ['northwind triage', true],
    ['claims', false],
    ['invoice claims', false],
  ])('%j matches Invoice triage / Northwind / Renée Dubois: %s', (query, expected) => {
    expect(matchesQuery(text, query)).toBe(expected);
  });
});

describe('findWorkshops', () => {
  it.each([
    // Edited newest first; the same moment falls back to title (9 before 10).
    ['', 'edited', ['b', 'd', 'c', 'a']],
    ['triage', 'edited', ['b', 'a']],
    ['zurich', 'edited', ['a']],
    ['orsted', 'edited', ['c']],
    ['strasse lukasz', 'edited', ['d']],
    ['nothing like it', 'edited', []],
    // Title order ignores case and counts numbers as numbers (9 before 10).
    ['', 'title', ['d', 'c', 'a', 'b']],
    // Workshop date, newest first; the same day falls back to title.
    ['', 'date', ['b', 'a', 'd', 'c']],
  ] as const)('%j sorted by %s → %j', (query, sort, ids) => {
    expect(findWorkshops(LIBRARY, query, sort).map((w) => w.id)).toEqual(ids);
  });

  it('breaks every tie by id, so the order never depends on the input order', () => {
    const twins = [workshop('y', { title: 'Same' }), workshop('x', { title: 'Same' })];
    expect(sortSummaries(twins, 'title').map((w) => w.id)).toEqual(['x', 'y']);
    expect(sortSummaries([...twins].reverse(), 'title').map((w) => w.id)).toEqual(['x', 'y']);
  });
});

describe('resultCountLabel', () => {
  it.each([
    [1, 1, '', '1 workshop'],
    [3, 3, '  ', '3 workshops'],
    [1000, 1000, '', '1,000 workshops'],
    [2, 1000, 'triage', '2 of 1,000 workshops'],
    [0, 1, 'x', '0 of 1 workshop'],
  ])('%i shown of %i for %j → %j', (shown, total, query, label) => {
    expect(resultCountLabel(shown, total, query)).toBe(label);
  });
});
