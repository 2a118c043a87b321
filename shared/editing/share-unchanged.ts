/**
 * Structural sharing for values read back from storage. IndexedDB hands out a fresh copy of the
 * whole record on every read, so after a one-field commit every note, row and list of the live
 * workshop is a new object and React.memo can skip nothing. This returns `next`, but with every
 * part that deep-equals the same part of `previous` replaced by the previous object, so unchanged
 * parts keep their identity (and `previous` itself comes back when nothing changed at all).
 * Only plain objects and arrays are shared; anything else is compared with Object.is.
 */
export function shareUnchanged<T>(previous: unknown, next: T): T {
  return share(previous, next) as T;
}

function share(previous: unknown, next: unknown): unknown {
  if (Object.is(previous, next)) return previous;
  if (Array.isArray(previous) && Array.isArray(next)) return shareArray(previous, next);
  if (isPlainObject(previous) && isPlainObject(next)) return shareObject(previous, next);
  return next;
}

function shareArray(previous: readonly unknown[], next: readonly unknown[]): unknown[] {
  let isSame = previous.length === next.length;
  const result = next.map((item, index) => {
    const shared = share(previous[index], item);
    if (shared !== previous[index]) isSame = false;
    return shared;
  });
  return isSame ? (previous as unknown[]) : result;
}

function shareObject(previous: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  const nextKeys = Object.keys(next);
  let isSame = nextKeys.length === Object.keys(previous).length;
  const result: Record<string, unknown> = {};
  for (const key of nextKeys) {
    const shared = Object.hasOwn(previous, key) ? share(previous[key], next[key]) : next[key];
    if (shared !== previous[key] || !Object.hasOwn(previous, key)) isSame = false;
    result[key] = shared;
  }
  return isSame ? previous : result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
