import type { PathSegment } from './issue-path';

/**
 * Names that reach an object's prototype when code copies data with `obj[key] = value` (lodash
 * merge, spread into a class, a careless reducer). JSON.parse makes them harmless own properties,
 * but the rest of the app should never have to think about it, so a file that contains one is
 * refused, wherever it sits.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type UnsafeValue =
  | { readonly kind: 'forbidden-key'; readonly key: string; readonly path: readonly PathSegment[] }
  | { readonly kind: 'non-finite-number'; readonly path: readonly PathSegment[] };

/**
 * Walks parsed JSON without recursion (depth was already limited by the scanner, but a loop
 * cannot overflow whatever the input) and returns the first unsafe thing, in document order.
 * A non-finite number can only come from an overflowing literal such as 1e999.
 */
export function findUnsafeValue(root: unknown): UnsafeValue | undefined {
  const stack: { value: unknown; path: readonly PathSegment[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: readonly PathSegment[] };
    if (typeof value === 'number' && !Number.isFinite(value)) return { kind: 'non-finite-number', path };
    if (typeof value !== 'object' || value === null) continue;
    const entries: [PathSegment, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.keys(value).map((key) => [key, (value as Record<string, unknown>)[key]]);
    for (const [key] of entries) {
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) return { kind: 'forbidden-key', key, path: [...path, key] };
    }
    // Pushed in reverse so the first problem found is the first in the file.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [PathSegment, unknown];
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return undefined;
}

const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const LONE_SURROGATES = /[\uD800-\uDFFF]/gu;

/**
 * A JSON.parse reviver that turns unpaired surrogates ("\ud800") into U+FFFD. Such a string is
 * not valid Unicode: it cannot be written as UTF-8, so it would silently change on the next
 * export anyway. Replacing it on the way in keeps import → export → import identical. (With the
 * `u` flag the class matches only *unpaired* surrogates; real emoji are untouched.)
 */
export function replaceLoneSurrogates(_key: string, value: unknown): unknown {
  return typeof value === 'string' && LONE_SURROGATE.test(value) ? value.replace(LONE_SURROGATES, '\uFFFD') : value;
}
