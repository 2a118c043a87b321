import { liveQuery } from 'dexie';
import { startTransition, useEffect, useState } from 'react';
import type { Workshop } from '../../../shared/domain/workshop';
import { shareUnchanged } from '../../../shared/editing/share-unchanged';
import { getDatabase } from '../db/instance';

type Loaded = { readonly id: string; readonly workshop: Workshop | null } | { readonly id: string; readonly error: unknown };

/**
 * The live workshop: re-renders whenever it changes in this or any other window.
 * `undefined` while loading, `null` when there is no such workshop.
 *
 * Each read is a fresh copy of the whole record; parts equal to the last read keep their identity
 * (shareUnchanged), so after a one-field commit memoised note cards and rows skip re-rendering.
 * Every read after the first is rendered as a transition: re-rendering a stage with hundreds of
 * notes after an autosave commit then yields to the next keystroke instead of delaying it.
 */
export function useWorkshop(id: string): Workshop | null | undefined {
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let lastRead: Workshop | null = null;
    let isFirst = true;
    const subscription = liveQuery(async () => {
      const read = (await getDatabase().workshops.get(id)) ?? null;
      const shared = read && lastRead?.id === read.id ? shareUnchanged(lastRead, read) : read;
      lastRead = shared;
      return shared;
    }).subscribe({
      next: (workshop) => {
        if (isFirst) setLoaded({ id, workshop });
        else startTransition(() => setLoaded({ id, workshop }));
        isFirst = false;
      },
      // As dexie-react-hooks does: the error is thrown while rendering, for the error boundary.
      error: (error: unknown) => setLoaded({ id, error }),
    });
    return () => subscription.unsubscribe();
  }, [id]);

  if (loaded === null || loaded.id !== id) return undefined;
  if ('error' in loaded) throw loaded.error;
  return loaded.workshop;
}
