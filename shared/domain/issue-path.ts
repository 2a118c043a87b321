export type PathSegment = string | number | symbol;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const MAX_KEY_SHOWN = 60;

/**
 * `['workshop', 'participants', 2, 'team']` -> `workshop.participants[2].team`, the form every
 * refusal message uses. Keys that are not plain names (ids, hostile text) are quoted and cut
 * short, because a file can contain a 300 KB field name and a message must stay readable.
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      if (IDENTIFIER.test(key) && key.length <= MAX_KEY_SHOWN) out += out === '' ? key : `.${key}`;
      else out += `[${JSON.stringify(shorten(key))}]`;
    }
  }
  return out;
}

export function shorten(text: string, max = MAX_KEY_SHOWN): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/** Reads the raw value at a zod issue path, to tell the facilitator what was found there. */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || typeof segment === 'symbol') return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
