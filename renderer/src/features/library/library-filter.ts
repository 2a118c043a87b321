import type { WorkshopSummary } from '../../../../shared/domain/summary';

export const LIBRARY_SORTS = ['edited', 'title', 'date'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

export const SORT_LABELS: Readonly<Record<LibrarySort, string>> = {
  edited: 'Last edited',
  title: 'Title',
  date: 'Workshop date',
};

/** What a library row needs to be found and ordered; the full summary satisfies it. */
export type Findable = Pick<WorkshopSummary, 'id' | 'title' | 'organisation' | 'facilitator' | 'date' | 'updatedAt'>;

/**
 * Folds case and accents so "zurich" finds "Zürich" and "CAFE" finds "Café": decompose, drop the
 * combining marks, lower-case. Letters that do not decompose (ø, ß, ł) are mapped by hand.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[øœæßłđı]/g, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ı: 'i',
};

/** The text a query is matched against: title, organisation and facilitator, folded once. */
export const searchText = (summary: Findable): string =>
  foldForSearch(`${summary.title}\n${summary.organisation}\n${summary.facilitator}`);

export const queryWords = (query: string): string[] => foldForSearch(query).split(' ').filter(Boolean);

/** Every word of the query must appear somewhere (in any field, in any order). */
export function matchesQuery(folded: string, query: string): boolean {
  return queryWords(query).every((word) => folded.includes(word));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

type Compare = (a: Findable, b: Findable) => number;

const byTitle: Compare = (a, b) => collator.compare(a.title, b.title);
const byEditedNewest: Compare = (a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);
const byDateNewest: Compare = (a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0);
const byId: Compare = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const COMPARES: Readonly<Record<LibrarySort, readonly Compare[]>> = {
  edited: [byEditedNewest, byTitle, byId],
  title: [byTitle, byEditedNewest, byId],
  date: [byDateNewest, byTitle, byId],
};

/** A total order (ties fall through to the id), so the list never shuffles between renders. */
export function sortSummaries<T extends Findable>(summaries: readonly T[], sort: LibrarySort): T[] {
  const compares = COMPARES[sort];
  return [...summaries].sort((a, b) => {
    for (const compare of compares) {
      const order = compare(a, b);
      if (order !== 0) return order;
    }
    return 0;
  });
}

/**
 * Builds the searchable index once per library change; filtering on each keystroke is then a
 * substring test per row, which keeps 1,000 workshops well under a frame.
 */
export function indexForSearch<T extends Findable>(summaries: readonly T[]): readonly (readonly [T, string])[] {
  return summaries.map((summary) => [summary, searchText(summary)] as const);
}

export function filterIndexed<T extends Findable>(indexed: readonly (readonly [T, string])[], query: string): T[] {
  const words = queryWords(query);
  if (words.length === 0) return indexed.map(([summary]) => summary);
  return indexed.flatMap(([summary, folded]) => (words.every((word) => folded.includes(word)) ? [summary] : []));
}

/** Convenience for tests and small lists: filter, then sort. */
export function findWorkshops<T extends Findable>(summaries: readonly T[], query: string, sort: LibrarySort): T[] {
  return sortSummaries(filterIndexed(indexForSearch(summaries), query), sort);
}

/** `isNarrowed`: another filter (the phase) is hiding rows too. */
export function resultCountLabel(shown: number, total: number, query: string, isNarrowed = false): string {
  const noun = (n: number) => (n === 1 ? 'workshop' : 'workshops');
  if (foldForSearch(query) === '' && !isNarrowed) return `${total.toLocaleString('en-US')} ${noun(total)}`;
  return `${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${noun(total)}`;
}
