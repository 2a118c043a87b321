import { create } from 'zustand';

interface SaveStatus {
  /** Edits typed but not yet committed to IndexedDB. */
  readonly pendingCount: number;
  readonly lastSavedAt: Date | null;
  /** Why the last commit failed (quota, closed database); cleared by the next success. */
  readonly error: string | null;
}

export const useSaveStatus = create<SaveStatus>()(() => ({ pendingCount: 0, lastSavedAt: null, error: null }));

export const saveStatus = {
  setPending: (pendingCount: number) => useSaveStatus.setState({ pendingCount }),
  saved: () => useSaveStatus.setState({ lastSavedAt: new Date(), error: null }),
  failed: (error: string) => useSaveStatus.setState({ error }),
};
