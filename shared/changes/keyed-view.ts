import { FIELD_LABELS, IGNORED_PATHS, isItemKey, KEYED_RECORDS, LIST_LABELS } from './field-labels';

const isLeftOut = (pattern: string): boolean => IGNORED_PATHS.has(pattern) || isItemKey(pattern);

/**
 * The workshop re-shaped for a structural diff: every list named in LIST_LABELS becomes an object
 * keyed by its items' ids, so an item is compared with the same item however the list moved;
 * any other array is one value (JSON), compared whole; ignored paths are left out. Patterns are
 * paths with `*` for ids, as in FIELD_LABELS.
 */

/** Marks an array compared whole; its JSON follows. */
export const WHOLE_VALUE = '\u0000json:';

export const childPattern = (pattern: string, segment: string): string => {
  if (pattern in LIST_LABELS || KEYED_RECORDS.has(pattern)) return `${pattern}.*`;
  return pattern === '' ? segment : `${pattern}.${segment}`;
};

export function patternOf(path: readonly (string | number)[]): string {
  let pattern = '';
  for (const segment of path) pattern = childPattern(pattern, String(segment));
  return pattern;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function keyedView(value: unknown, pattern = ''): unknown {
  if (Array.isArray(value)) {
    const list = LIST_LABELS[pattern];
    if (!list) return `${WHOLE_VALUE}${JSON.stringify(value)}`;
    const keyed: Record<string, unknown> = {};
    for (const item of value as Record<string, unknown>[]) keyed[String(item[list.key])] = keyedView(item, `${pattern}.*`);
    return keyed;
  }
  if (!isPlainObject(value)) return value;
  // An object the table labels as one field (a risk's acceptance) is compared whole.
  if (pattern in FIELD_LABELS) return `${WHOLE_VALUE}${JSON.stringify(value)}`;
  const view: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const next = childPattern(pattern, key);
    if (!isLeftOut(next)) view[key] = keyedView(child, next);
  }
  return view;
}

/** A value of the keyed view back as it was stored. */
export const storedValue = (value: unknown): unknown =>
  typeof value === 'string' && value.startsWith(WHOLE_VALUE) ? JSON.parse(value.slice(WHOLE_VALUE.length)) : value;

/** Follows a keyed-view path through the stored workshop (list items found by their key). */
export function storedAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node: unknown = root;
  let pattern = '';
  for (const segment of path) {
    const list = LIST_LABELS[pattern];
    if (list && Array.isArray(node)) {
      node = (node as Record<string, unknown>[]).find((item) => String(item[list.key]) === String(segment));
    } else if (isPlainObject(node)) {
      node = node[String(segment)];
    } else {
      return undefined;
    }
    pattern = childPattern(pattern, String(segment));
  }
  return node;
}

/** Every leaf pattern of a workshop, as the diff sees it: what the label table must cover. */
export function leafPatterns(value: unknown, pattern = '', out = new Set<string>()): Set<string> {
  if (pattern !== '' && isLeftOut(pattern)) return out;
  if (Array.isArray(value) && pattern in LIST_LABELS) {
    for (const item of value) leafPatterns(item, `${pattern}.*`, out);
  } else if (isPlainObject(value) && !(pattern in FIELD_LABELS)) {
    for (const [key, child] of Object.entries(value)) leafPatterns(child, childPattern(pattern, key), out);
  } else {
    out.add(pattern);
  }
  return out;
}
