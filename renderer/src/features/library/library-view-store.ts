import { create } from 'zustand';
import type { LibrarySort } from './library-filter';
import type { PhaseFilter } from './library-phase';

/**
 * The library's search and sort: UI state only, kept in memory so coming back from a workshop
 * finds the list as it was left. Never persisted.
 */
interface LibraryViewState {
  readonly query: string;
  readonly sort: LibrarySort;
  readonly phase: PhaseFilter;
  setQuery(query: string): void;
  setSort(sort: LibrarySort): void;
  setPhase(phase: PhaseFilter): void;
}

export const useLibraryView = create<LibraryViewState>()((set) => ({
  query: '',
  sort: 'edited',
  setQuery: (query) => set({ query }),
  setSort: (sort) => set({ sort }),
  phase: 'all',
  setPhase: (phase) => set({ phase }),
}));
