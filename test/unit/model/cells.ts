/**
 * The model's own view of a workshop, written independently of the app's undo code: the record
 * flattened into cells, one per leaf value, keyed by a path in which list items are named by id.
 * A list of items with ids also gets an order cell (`…[]`) holding its ids in order, and every
 * object a `{}` cell, so "absent" and "empty" differ. `updatedAt` is left out: it is the one field
 * every write changes and nobody can predict.
 *
 * A step (one undo entry) is the set of cells it changed, with their values before and after.
 * Undo applies only if every one of those cells still holds the value the step left there, and
 * then puts the old values back; anything else the other window changed stays as it is.
 */
export type Cells = ReadonlyMap<string, string>;

const hasId = (item: unknown): item is { id: string } =>
  typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string';

function flattenInto(value: unknown, key: string, out: Map<string, string>): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    if (!value.every(hasId)) {
      out.set(key, JSON.stringify(value));
      return;
    }
    out.set(`${key}[]`, JSON.stringify(value.map((item) => item.id)));
    for (const item of value) flattenInto(item, `${key}[#${item.id}]`, out);
    return;
  }
  if (typeof value === 'object' && value !== null) {
    out.set(`${key}{}`, '{}');
    for (const name of Object.keys(value).sort()) {
      if (key === '' && name === 'updatedAt') continue;
      flattenInto((value as Record<string, unknown>)[name], `${key}.${name}`, out);
    }
    return;
  }
  out.set(key, JSON.stringify(value));
}

// Records are never changed in place (immer, IndexedDB reads), so each is flattened once.
const flattened = new WeakMap<object, Cells>();

export function cellsOf(value: object): Cells {
  let cells = flattened.get(value);
  if (!cells) {
    const out = new Map<string, string>();
    flattenInto(value, '', out);
    cells = out;
    flattened.set(value, cells);
  }
  return cells;
}

/** Every cell that differs, with its value on each side (undefined: the cell is absent). */
export type CellChanges = ReadonlyMap<string, readonly [before: string | undefined, after: string | undefined]>;

export function changedCells(before: Cells, after: Cells): CellChanges {
  const changes = new Map<string, readonly [string | undefined, string | undefined]>();
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    if (before.get(key) !== after.get(key)) changes.set(key, [before.get(key), after.get(key)]);
  }
  return changes;
}

export type Direction = 'undo' | 'redo';

/** The cells after taking the step in `direction`, or null when another edit has since changed one of its cells. */
export function takeStep(current: Cells, changes: CellChanges, direction: Direction): Cells | null {
  const next = new Map(current);
  for (const [key, [before, after]] of changes) {
    const [from, to] = direction === 'undo' ? [after, before] : [before, after];
    if (current.get(key) !== from) return null;
    if (to === undefined) next.delete(key);
    else next.set(key, to);
  }
  return next;
}

/** A readable account of where two sets of cells differ, for a failure message. */
export function describeDifference(actual: Cells, expected: Cells): string {
  const lines: string[] = [];
  for (const key of new Set([...actual.keys(), ...expected.keys()])) {
    if (actual.get(key) !== expected.get(key)) lines.push(`  ${key}: stored ${actual.get(key) ?? '(absent)'}, model ${expected.get(key) ?? '(absent)'}`);
  }
  return lines.slice(0, 12).join('\n');
}
