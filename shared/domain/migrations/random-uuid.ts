/**
 * `crypto.randomUUID` is a web-standard global in every runtime that runs shared code (browsers,
 * Electron, Node 20); shared/ compiles without DOM or Node types, hence the narrow cast.
 */
export const randomUuid = (): string =>
  (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto.randomUUID();

export type Loose = Record<string, unknown>;

/** The object at `key`, or a fresh one put there: steps run on records that may be hand-edited. */
export function objectAt(parent: Loose, key: string): Loose {
  const value = parent[key];
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Loose;
  const created: Loose = {};
  parent[key] = created;
  return created;
}
