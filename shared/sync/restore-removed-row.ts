import { childPattern, ROW_LISTS } from './field-kinds';

/**
 * Puts a row another laptop deleted back into this laptop's plan (the "Restore" of a
 * 'row-removed-elsewhere' notice, removed-rows.ts). It changes the plan in place, so the caller
 * runs it inside an edit that goes through the write gate and syncs like any other edit.
 */

export interface RemovedRowToRestore {
  /** Keys from the workshop's root; a row's key where a list sits inside a row (removed-rows.ts). */
  readonly listPath: readonly string[];
  /** Its place before it was removed; a shorter list gets it at the end. */
  readonly index: number;
  readonly row: unknown;
}

export type RestoreOutcome = 'restored' | 'already-there' | 'list-gone' | 'not-a-row';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Restores `removed` into `workshop` (mutated) and says what happened; anything but 'restored' changes nothing. */
export function restoreRemovedRow(workshop: unknown, removed: RemovedRowToRestore): RestoreOutcome {
  let node: unknown = workshop;
  let pattern = '';
  for (const segment of removed.listPath) {
    if (Array.isArray(node)) {
      const key = ROW_LISTS[pattern];
      if (key === undefined) return 'list-gone';
      node = node.find((row) => isObject(row) && String(row[key]) === segment);
    } else if (isObject(node)) {
      node = node[segment];
    } else {
      return 'list-gone';
    }
    pattern = childPattern(pattern, segment);
  }
  const key = ROW_LISTS[pattern];
  if (!Array.isArray(node) || key === undefined) return 'list-gone';
  if (!isObject(removed.row) || removed.row[key] === undefined) return 'not-a-row';
  const id = removed.row[key];
  if (node.some((row) => isObject(row) && row[key] === id)) return 'already-there';
  const at = Number.isInteger(removed.index) ? Math.min(Math.max(removed.index, 0), node.length) : node.length;
  // A copy: the notice and the plan must never share an object (rows are plain JSON).
  node.splice(at, 0, JSON.parse(JSON.stringify(removed.row)) as unknown);
  return 'restored';
}

/** What the facilitator reads when a restore could not be made. */
export const RESTORE_PROBLEMS: Readonly<Record<Exclude<RestoreOutcome, 'restored'>, string>> = {
  'already-there': 'It is already back in the plan.',
  'list-gone': 'The part of the plan it belonged to is no longer there.',
  'not-a-row': 'The kept version cannot be read.',
};
