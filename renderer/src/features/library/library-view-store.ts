import { create } from 'zustand';
import type { LibrarySort } from './library-filter';

/**
 * The library's search and sort: UI state only, kept in memory so coming back from a workshop
 * finds the list as it was left. Never persisted.
 */
interface LibraryViewState {
  readonly query: string;
  readonly sort: LibrarySort;
  setQuery(query: string): void;
  setSort(sort: LibrarySort): void;
}

export const useLibraryView = create<LibraryViewState>()((set) => ({
  query: '',
  sort: 'edited',
  setQuery: (query) => set({ query }),
  setSort: (sort) => set({ sort }),
}));
