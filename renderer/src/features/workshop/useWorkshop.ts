import { useLiveQuery } from 'dexie-react-hooks';
import type { Workshop } from '../../../../shared/domain/workshop';
import { getDatabase } from '../../db/instance';

/**
 * The live workshop: re-renders whenever it changes in this or any other window.
 * `undefined` while loading, `null` when there is no such workshop.
 */
export function useWorkshop(id: string): Workshop | null | undefined {
  return useLiveQuery(async () => (await getDatabase().workshops.get(id)) ?? null, [id]);
}
