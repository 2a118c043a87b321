import { getAtPath, type FieldPath } from './field-path';

/**
 * One edit as undo needs it: what changed, with list items addressed by their id, and what was
 * there before and after. Immer's patches address list items by position, so a step replayed
 * after another window removed or reordered rows landed on the wrong row (an undo overwrote the
 * neighbour of the row it meant, with no error). These changes are resolved against the record
 * as it is now, and a step applies only where it is still true:
 *
 * - a value (a field, or a whole list without ids) is put back only if it still holds what the
 *   step left there. Otherwise another window changed it since, and overwriting it would lose
 *   what was typed there.
 * - a list's rows (added, removed, reordered) are put back only if the list still has exactly the
 *   ids, in the order, the step left, and a row to take away is still as the step left it. Edits
 *   inside rows the step did not add or remove are kept.
 *
 * Anything else is a conflict: the step is refused whole and nothing is changed.
 */
export type IdChange =
  | {
      readonly kind: 'value';
      readonly path: FieldPath;
      /** `undefined`: the key was absent on that side. */
      readonly before: unknown;
      readonly after: unknown;
    }
  | {
      readonly kind: 'list';
      readonly path: FieldPath;
      readonly beforeIds: readonly string[];
      readonly afterIds: readonly string[];
      /** Rows only before the edit (it removed them), as they were. */
      readonly removed: readonly WithId[];
      /** Rows only after the edit (it added them), as they were. */
      readonly added: readonly WithId[];
    };

/** A list row as stored: an id and whatever else the row holds. */
interface WithId {
  readonly id: string;
  readonly [key: string]: unknown;
}

type Json = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasId = (item: unknown): item is WithId => isPlainObject(item) && typeof item['id'] === 'string';
const isIdList = (value: unknown): value is WithId[] => Array.isArray(value) && value.every(hasId);
const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, index) => id === b[index]);

/** Deep equality of stored data (JSON-like: objects, arrays, strings, numbers, booleans, null). */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameData(item, b[index]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a).filter((key) => a[key] !== undefined);
  return keys.length === Object.keys(b).filter((key) => b[key] !== undefined).length && keys.every((key) => sameData(a[key], b[key]));
}

/**
 * Copies on the way in and out: the history never shares an object with a record someone may
 * change. Stored data is plain JSON-like data, so a plain recursive copy is enough (and shared/
 * has no structuredClone: it runs without DOM or Node types).
 */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copy(item)])) as T;
  return value;
}

/**
 * Where an edit may have changed something, from immer's patch paths (positional): lets the diff
 * skip every branch no patch touched. `whole`: a patch replaced this node itself, or a list's
 * length or one of its items, so the node is compared in full.
 */
interface Touched {
  whole: boolean;
  readonly children: Map<string, Touched>;
}

function touchedOf(paths: readonly (readonly (string | number)[])[]): Touched {
  const root: Touched = { whole: false, children: new Map() };
  for (const path of paths) {
    let node = root;
    for (const step of path) {
      const key = String(step);
      let child = node.children.get(key);
      if (!child) node.children.set(key, (child = { whole: false, children: new Map() }));
      node = child;
    }
    node.whole = true;
  }
  return root;
}

/** A list whose rows were only edited inside (no row added, removed, replaced or moved). */
const onlyInsideRows = (touched: Touched) =>
  [...touched.children].every(([key, child]) => key !== 'length' && !child.whole && /^\d+$/.test(key));

function diffInto(before: unknown, after: unknown, path: FieldPath, out: IdChange[], touched?: Touched): void {
  // Immer shares every part an edit did not touch, so this walks only the changed branches.
  if (Object.is(before, after)) return;
  const guide = touched?.whole ? undefined : touched;
  if (isIdList(before) && isIdList(after)) {
    const rows = guide && onlyInsideRows(guide) ? [...guide.children].map(([key, child]) => [before[Number(key)], after[Number(key)], child] as const) : [];
    if (rows.length > 0 && rows.every(([row, next]) => row !== undefined && row.id === next?.id)) {
      // Rows keep their places, so the patches' indices name them: no need to read a long list.
      for (const [row, next, child] of rows) diffInto(row, next, [...path, { id: row!.id }], out, child);
      return;
    }
    const beforeIds = before.map((item) => item.id);
    const afterIds = after.map((item) => item.id);
    const afterById = new Map(after.map((item) => [item.id, item]));
    if (!sameIds(beforeIds, afterIds)) {
      const beforeSet = new Set(beforeIds);
      out.push({
        kind: 'list',
        path,
        beforeIds,
        afterIds,
        removed: copy(before.filter((item) => !afterById.has(item.id))),
        added: copy(after.filter((item) => !beforeSet.has(item.id))),
      });
    }
    for (const item of before) {
      const next = afterById.get(item.id);
      if (next && next !== item) diffInto(item, next, [...path, { id: item.id }], out);
    }
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = guide ? guide.children.keys() : new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) diffInto(before[key], after[key], [...path, key], out, guide?.children.get(key));
    return;
  }
  if (!sameData(before, after)) out.push({ kind: 'value', path, before: copy(before), after: copy(after) });
}

/**
 * What an edit changed, from the record before it to the record after it. `patchPaths` (the paths
 * of immer's patches for the edit, when there are any) only make it faster: a typing commit in a
 * workshop with 2,000 notes then reads one note, not the whole list.
 */
export function diffById(before: unknown, after: unknown, patchPaths?: readonly (readonly (string | number)[])[]): IdChange[] {
  const out: IdChange[] = [];
  diffInto(before, after, [], out, patchPaths && touchedOf(patchPaths));
  return out;
}

export type Direction = 'undo' | 'redo';

/** Keys that could reach an object's prototype: a step never writes them, whatever it holds. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** Applies one change on `root` in place; false, having changed nothing it was asked to, when it no longer holds. */
function applyOne(root: unknown, change: IdChange, direction: Direction): boolean {
  if (change.kind === 'value') {
    const [from, to] = direction === 'undo' ? [change.after, change.before] : [change.before, change.after];
    const key = change.path.at(-1);
    const parent = getAtPath(root, change.path.slice(0, -1));
    if (typeof key !== 'string' || FORBIDDEN_KEYS.has(key) || !isPlainObject(parent)) return false;
    if (!sameData(Object.hasOwn(parent, key) ? parent[key] : undefined, from)) return false;
    if (to === undefined) delete parent[key];
    else parent[key] = copy(to);
    return true;
  }
  const [fromIds, toIds, takeAway, bringBack] =
    direction === 'undo'
      ? [change.afterIds, change.beforeIds, change.added, change.removed]
      : [change.beforeIds, change.afterIds, change.removed, change.added];
  const list = getAtPath(root, change.path);
  if (!isIdList(list) || !sameIds(list.map((item) => item.id), fromIds)) return false;
  const current = new Map(list.map((item) => [item.id, item]));
  if (!takeAway.every((item) => sameData(current.get(item.id), item))) return false;
  for (const item of bringBack) current.set(item.id, copy(item));
  list.splice(0, list.length, ...toIds.map((id) => current.get(id)!));
  return true;
}

/**
 * The record with the changes taken back (undo) or made again (redo), or null when any of them
 * no longer holds (see above). `record` is not modified.
 */
export function applyIdChanges<T>(record: T, changes: readonly IdChange[], direction: Direction): T | null {
  const next = copy(record);
  const ordered = direction === 'undo' ? [...changes].reverse() : changes;
  return ordered.every((change) => applyOne(next, change, direction)) ? next : null;
}

/** The places a change touches, for deciding whether two typing steps are the same field. */
export const changePlaces = (changes: readonly IdChange[]) =>
  changes.map((change) => `${change.kind}:${JSON.stringify(change.path)}`).sort().join('|');
