import * as Y from 'yjs';
import { childPattern, FREE_TEXT, LOCAL_ONLY, LOCAL_ONLY_EMPTY, ROW_LISTS } from './field-kinds';
import { sameJson } from './same-json';
import { applyTextChange } from './text-change';
import { keptInOrder } from '../editing/kept-in-order';

/**
 * A workshop as a Yjs document: one root map, `workshop`, shaped by the table in field-kinds.ts.
 * Yjs merges what two laptops did to the same document; Endfirst only has to write each edit as
 * the smallest change, so that what the other laptop did meanwhile stays (README.md here).
 */

export const WORKSHOP_ROOT = 'workshop';

type Json = Record<string, unknown>;
/** A workshop is JSON, so a JSON round trip is a deep copy (shared/ has no structuredClone: no DOM or Node lib). */
const cloneJson = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export const workshopRoot = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(WORKSHOP_ROOT);

/** True while nobody has written the plan into this document yet (a new laptop before its first sync). */
export const isEmptyWorkshopDoc = (doc: Y.Doc): boolean => workshopRoot(doc).size === 0;

/**
 * Writes into `doc` what changed from `base` to `workshop`, in one transaction tagged `origin`.
 * `base` is the plan as this laptop last agreed with the document (by default what the document
 * holds now): when the document has since taken another laptop's edits, only this laptop's own
 * changes are written over them, never the older values it still had.
 */
export function applyWorkshopToDoc(doc: Y.Doc, workshop: unknown, origin: unknown, base: unknown = readWorkshopFromDoc(doc)): void {
  if (!isObject(workshop)) throw new TypeError('A workshop must be an object to be written to its document.');
  doc.transact(() => writeObject(workshopRoot(doc), workshop, isObject(base) ? base : {}, ''), origin);
}

/** The plan as plain JSON; the private parts (LOCAL_ONLY) are not in it: see withLocalParts before the gate. */
export function readWorkshopFromDoc(doc: Y.Doc): unknown {
  return cleanRows(workshopRoot(doc).toJSON(), '');
}

/**
 * The plan read from the document with this laptop's private parts put back (their empty value on a
 * laptop that never had the plan), ready for the gate (admitWorkshop).
 */
export function withLocalParts(fromDoc: unknown, local: unknown): unknown {
  if (!isObject(fromDoc)) return fromDoc;
  const out = cloneJson(fromDoc);
  for (const [pattern, empty] of Object.entries(LOCAL_ONLY_EMPTY)) {
    const keys = pattern.split('.');
    const last = keys.pop() as string;
    let target: unknown = out;
    let source: unknown = local;
    for (const key of keys) {
      target = isObject(target) ? target[key] : undefined;
      source = isObject(source) ? source[key] : undefined;
    }
    const kept = isObject(source) ? source[last] : undefined;
    if (isObject(target)) target[last] = kept === undefined ? cloneJson(empty) : cloneJson(kept);
  }
  return out;
}

function writeObject(map: Y.Map<unknown>, target: Json, base: Json, pattern: string): void {
  for (const key of Object.keys(target)) {
    const next = childPattern(pattern, key);
    if (LOCAL_ONLY.has(next)) continue;
    writeKey(map, key, target[key], base[key], next);
  }
  for (const key of Object.keys(base)) {
    if (!(key in target) && map.has(key)) map.delete(key);
  }
}

function writeKey(map: Y.Map<unknown>, key: string, target: unknown, base: unknown, pattern: string): void {
  const existing = map.get(key);
  if (existing !== undefined && sameJson(target, base)) return;
  if (isObject(target)) {
    if (existing instanceof Y.Map && isObject(base)) writeObject(existing, target, base, pattern);
    else map.set(key, buildMap(target, pattern));
  } else if (Array.isArray(target) && pattern in ROW_LISTS) {
    if (existing instanceof Y.Array && Array.isArray(base)) writeRows(existing, target as Json[], base as Json[], pattern);
    else map.set(key, buildRows(target as Json[], pattern));
  } else if (typeof target === 'string' && FREE_TEXT.has(pattern)) {
    if (existing instanceof Y.Text && typeof base === 'string') applyTextChange(existing, base, target);
    else map.set(key, new Y.Text(target));
  } else if (!sameJson(plain(existing), target)) {
    map.set(key, cloneJson(target));
  }
}

const plain = (value: unknown): unknown => (value instanceof Y.AbstractType ? value.toJSON() : value);

function buildMap(source: Json, pattern: string): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const key of Object.keys(source)) {
    const next = childPattern(pattern, key);
    if (!LOCAL_ONLY.has(next)) map.set(key, build(source[key], next));
  }
  return map;
}

function buildRows(rows: readonly Json[], pattern: string): Y.Array<Y.Map<unknown>> {
  const array = new Y.Array<Y.Map<unknown>>();
  array.push(rows.map((row) => buildMap(row, `${pattern}.*`)));
  return array;
}

function build(value: unknown, pattern: string): unknown {
  if (isObject(value)) return buildMap(value, pattern);
  if (Array.isArray(value) && pattern in ROW_LISTS) return buildRows(value as Json[], pattern);
  if (typeof value === 'string' && FREE_TEXT.has(pattern)) return new Y.Text(value);
  return cloneJson(value);
}

const rowKey = (row: unknown, key: string): string | undefined => {
  // A Y.Map is an object too: ask it first.
  const value = row instanceof Y.Map ? row.get(key) : isObject(row) ? row[key] : undefined;
  return typeof value === 'string' ? value : undefined;
};

/**
 * A list's change as row operations: rows gone since `base` are deleted, new rows inserted after
 * the row they follow here, rows on both sides edited in place. A row another laptop deleted stays
 * deleted (the delete-vs-edit rule: the runtime keeps this laptop's version in a notice). A row
 * that moved is deleted and inserted again at its new place.
 */
function writeRows(array: Y.Array<Y.Map<unknown>>, target: readonly Json[], base: readonly Json[], pattern: string): void {
  const key = ROW_LISTS[pattern] as string;
  const rowPattern = `${pattern}.*`;
  const targetIds = new Set(target.map((row) => rowKey(row, key)));
  const baseById = new Map(base.map((row) => [rowKey(row, key), row]));

  for (let index = array.length - 1; index >= 0; index -= 1) {
    const id = rowKey(array.get(index), key);
    if (baseById.has(id) && !targetIds.has(id)) array.delete(index, 1);
  }

  const moved = movedIds(target, base, key);
  let previousId: string | undefined;
  for (const row of target) {
    const id = rowKey(row, key);
    const at = indexOfRow(array, id, key);
    const baseRow = baseById.get(id);
    if (at >= 0 && moved.has(id)) {
      array.delete(at, 1);
      array.insert(insertionIndex(array, previousId, key), [buildMap(row, rowPattern)]);
    } else if (at >= 0) {
      const found = array.get(at);
      if (!(found instanceof Y.Map)) {
        array.delete(at, 1);
        array.insert(at, [buildMap(row, rowPattern)]);
      } else if (baseRow === undefined) writeObject(found, row, {}, rowPattern);
      else if (!sameJson(row, baseRow)) writeObject(found, row, baseRow, rowPattern);
    } else if (baseRow === undefined) {
      array.insert(insertionIndex(array, previousId, key), [buildMap(row, rowPattern)]);
    }
    // A row in base, gone from the document, still here: another laptop deleted it; it stays deleted.
    previousId = id;
  }
}

function indexOfRow(array: Y.Array<Y.Map<unknown>>, id: string | undefined, key: string): number {
  for (let index = 0; index < array.length; index += 1) if (rowKey(array.get(index), key) === id) return index;
  return -1;
}

const insertionIndex = (array: Y.Array<Y.Map<unknown>>, previousId: string | undefined, key: string): number =>
  previousId === undefined ? 0 : indexOfRow(array, previousId, key) + 1;

/**
 * Rows on both sides whose order changed: those outside the longest run already in base order
 * (a longest increasing subsequence), so moving one row moves only that row.
 */
function movedIds(target: readonly Json[], base: readonly Json[], key: string): Set<string | undefined> {
  const basePosition = new Map(base.map((row, index) => [rowKey(row, key), index]));
  const common = target.map((row) => rowKey(row, key)).filter((id) => basePosition.has(id));
  const positions = common.map((id) => basePosition.get(id) as number);
  const kept = keptInOrder(positions);
  return new Set(common.filter((_, index) => !kept.has(index)));
}


/**
 * The same row inserted on two laptops (both restored it, or both moved it) appears twice after the
 * merge; the first stays, so the gate's one-id-per-row rule holds and the plan still opens.
 */
function cleanRows(value: unknown, pattern: string): unknown {
  if (Array.isArray(value)) {
    const key = ROW_LISTS[pattern];
    const rowPattern = `${pattern}.*`;
    if (key === undefined) return value;
    const seen = new Set<unknown>();
    const rows: unknown[] = [];
    for (const row of value) {
      const id = isObject(row) ? row[key] : undefined;
      if (id !== undefined && seen.has(id)) continue;
      seen.add(id);
      rows.push(cleanRows(row, rowPattern));
    }
    return rows;
  }
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const key of Object.keys(value)) out[key] = cleanRows(value[key], childPattern(pattern, key));
  return out;
}
