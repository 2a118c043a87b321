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

/**
 * What the view does at one pattern, worked out once per pattern and cached: a 100-page
 * workshop has tens of thousands of values, and building and looking up a pattern string for
 * each of them was most of the diff's time.
 */
interface PatternNode {
  readonly pattern: string;
  readonly list: (typeof LIST_LABELS)[string] | undefined;
  readonly leftOut: boolean;
  readonly labelled: boolean;
  readonly children: Map<string, PatternNode>;
}

const ROOT: PatternNode = { pattern: '', list: undefined, leftOut: false, labelled: false, children: new Map() };

function child(node: PatternNode, segment: string): PatternNode {
  const next = childPattern(node.pattern, segment);
  const key = next.endsWith('.*') && !segment.includes('*') ? '*' : segment;
  let found = node.children.get(key);
  if (!found) {
    found = { pattern: next, list: LIST_LABELS[next], leftOut: isLeftOut(next), labelled: next in FIELD_LABELS, children: new Map() };
    node.children.set(key, found);
  }
  return found;
}

function viewOf(value: unknown, node: PatternNode): unknown {
  if (Array.isArray(value)) {
    const list = node.list;
    if (!list) return `${WHOLE_VALUE}${JSON.stringify(value)}`;
    const itemNode = child(node, '*');
    const keyed: Record<string, unknown> = {};
    for (const item of value as Record<string, unknown>[]) keyed[String(item[list.key])] = viewOf(item, itemNode);
    return keyed;
  }
  if (!isPlainObject(value)) return value;
  // An object the table labels as one field (a risk's acceptance) is compared whole.
  if (node.labelled) return `${WHOLE_VALUE}${JSON.stringify(value)}`;
  const view: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const next = child(node, key);
    if (!next.leftOut) view[key] = viewOf(value[key], next);
  }
  return view;
}

/**
 * Records are immutable (immer freezes every state), so a view is kept per record: the baseline
 * of a "Since…" view is re-shaped once, not again after every edit of the live plan.
 */
const views = new WeakMap<object, unknown>();

export function keyedView(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return viewOf(value, ROOT);
  let view = views.get(value);
  if (view === undefined) {
    view = viewOf(value, ROOT);
    views.set(value, view);
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
