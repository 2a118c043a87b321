/**
 * An address of one editable value inside a workshop, stable across reorderings: array items are
 * addressed by their id, never by index, so a journalled edit lands on the right participant even
 * if the list changed meanwhile. Example: ['participants', { id: 'p-1' }, 'name'].
 */
export type FieldStep = string | { readonly id: string };
export type FieldPath = readonly FieldStep[];

type Container = Record<string, unknown> | unknown[];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys that could reach an object's prototype: never followed, whatever the path says. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

function step(container: unknown, key: FieldStep): unknown {
  if (typeof key === 'string') {
    return isObject(container) && !FORBIDDEN_KEYS.has(key) && Object.hasOwn(container, key) ? container[key] : undefined;
  }
  return Array.isArray(container) ? container.find((item) => isObject(item) && item['id'] === key.id) : undefined;
}

export function getAtPath(root: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>((node, key) => step(node, key), root);
}

/**
 * Writes `value` at `path` in place (callers pass an immer draft or a fresh copy). Returns false,
 * changing nothing, when the path no longer exists — e.g. the participant was deleted in another
 * window — because creating half an entity would be worse than dropping one edit to it.
 */
export function setAtPath(root: unknown, path: FieldPath, value: unknown): boolean {
  const last = path.at(-1);
  if (last === undefined || typeof last !== 'string' || FORBIDDEN_KEYS.has(last)) return false;
  const parent = getAtPath(root, path.slice(0, -1)) as Container | undefined;
  if (!isObject(parent) || !Object.hasOwn(parent, last)) return false;
  const current = parent[last];
  if (current !== null && value !== null && typeof current !== typeof value) return false;
  parent[last] = value;
  return true;
}

/** A stable string for a path, used as a journal and debounce key. */
export function pathKey(path: FieldPath): string {
  return path.map((key) => (typeof key === 'string' ? key : `#${key.id}`)).join('.');
}
