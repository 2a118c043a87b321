import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import type { Workshop } from '../../../shared/domain/workshop';
import { shareUnchanged } from '../../../shared/editing/share-unchanged';
import { getDatabase } from '../db/instance';

/**
 * The live workshop: re-renders whenever it changes in this or any other window.
 * `undefined` while loading, `null` when there is no such workshop.
 *
 * Each read is a fresh copy of the whole record; parts equal to the last read keep their identity
 * (shareUnchanged), so after a one-field commit memoised note cards and rows skip re-rendering.
 */
export function useWorkshop(id: string): Workshop | null | undefined {
  const lastRead = useRef<Workshop | null>(null);
  return useLiveQuery(async () => {
    const read = (await getDatabase().workshops.get(id)) ?? null;
    const shared = read && lastRead.current?.id === read.id ? shareUnchanged(lastRead.current, read) : read;
    lastRead.current = shared;
    return shared;
  }, [id]);
}
