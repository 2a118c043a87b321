import { v1 } from './v1';

/**
 * Database version 5: snapshots are also indexed by reason, so pruning the automatic ones reads
 * index keys only. Without it, once a workshop had more than 50 versions, every automatic snapshot
 * (one every five minutes of editing) read every stored snapshot body to learn its reason. An index
 * only: no record step, so no upgrade function. Never edit a released version.
 */
export const v5 = {
  version: 5,
  stores: { ...v1.stores, versions: `${v1.stores.versions}, [workshopId+reason+createdAt]` },
} as const;
