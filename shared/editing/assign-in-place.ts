/**
 * Writes `next` into `target` (an immer draft) field by field, touching only what differs, instead
 * of replacing the whole object. The undo log records what an edit changed: replacing the whole
 * timer to change its length would also record its running state, and undoing the length would
 * then silently restart a timer paused since. Arrays are merged item by item while they keep the
 * same length (and the same ids, when the items have one); otherwise they are replaced.
 */
export function assignInPlace<T extends object>(target: T, next: T): void {
  const draft = target as Record<string, unknown>;
  const source = next as Record<string, unknown>;
  for (const key of Object.keys(draft)) if (!(key in source)) delete draft[key];
  for (const [key, value] of Object.entries(source)) {
    const current = draft[key];
    if (canMerge(current, value)) assignInPlace(current, value as object);
    else if (!Object.is(current, value)) draft[key] = value;
  }
}

function canMerge(current: unknown, next: unknown): current is object {
  if (typeof current !== 'object' || current === null || typeof next !== 'object' || next === null) return false;
  if (Array.isArray(current) !== Array.isArray(next)) return false;
  if (!Array.isArray(current) || !Array.isArray(next)) return true;
  return current.length === next.length && current.every((item, index) => sameItem(item, next[index]));
}

const idOf = (item: unknown) => (typeof item === 'object' && item !== null && 'id' in item ? (item as { id: unknown }).id : undefined);

function sameItem(current: unknown, next: unknown): boolean {
  if (typeof current !== 'object' || current === null) return false;
  return idOf(current) === idOf(next);
}
