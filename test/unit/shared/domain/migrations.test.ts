import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  migrateFieldPath,
  migrateWorkshop,
  runMigrations,
  WORKSHOP_MIGRATIONS,
  type WorkshopMigration,
} from '../../../../shared/domain';
import { SAMPLE_WORKSHOP } from '../../../../shared/method';

describe('workshop migrations', () => {
  it('has one step for every version below the current one (none while only v1 exists)', () => {
    const expected = Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 1);
    expect([...WORKSHOP_MIGRATIONS.keys()].sort()).toEqual(expected);
  });

  it('leaves a current workshop untouched', () => {
    expect(migrateWorkshop(SAMPLE_WORKSHOP)).toEqual({ ok: true, workshop: SAMPLE_WORKSHOP, fromVersion: CURRENT_SCHEMA_VERSION });
  });

  // A made-up history: v1 -> v2 renames a field, v2 -> v3 adds one.
  const registry = new Map<number, WorkshopMigration>([
    [1, { upgrade: ({ colour, ...rest }) => ({ ...rest, color: colour }), renamedPaths: [{ from: ['colour'], to: ['color'] }] }],
    [2, { upgrade: (workshop) => ({ ...workshop, tags: [] }) }],
  ]);

  it('runs each step in order and stamps the new version itself', () => {
    const result = runMigrations({ schemaVersion: 1, colour: 'blue' }, registry, 3);
    expect(result).toEqual({ ok: true, fromVersion: 1, workshop: { schemaVersion: 3, color: 'blue', tags: [] } });
  });

  it('starts from the version the record has', () => {
    expect(runMigrations({ schemaVersion: 2, color: 'red' }, registry, 3)).toEqual({
      ok: true,
      fromVersion: 2,
      workshop: { schemaVersion: 3, color: 'red', tags: [] },
    });
  });

  it('never changes the record it was given', () => {
    const original = { schemaVersion: 1, colour: 'blue', nested: { a: 1 } };
    const before = structuredClone(original);
    runMigrations(original, new Map([[1, { upgrade: (w: Record<string, unknown>) => { (w.nested as { a: number }).a = 2; return w; } }]]), 2);
    expect(original).toEqual(before);
  });

  it('refuses a version it has no path from', () => {
    const result = runMigrations({ schemaVersion: 0 }, registry, 3);
    expect(result.ok ? undefined : result.problem.code).toBe('unsupported-version');
  });

  it('turns a failing step into a problem instead of a crash', () => {
    const result = runMigrations({ schemaVersion: 1 }, new Map([[1, { upgrade: () => { throw new Error('boom'); } }]]), 2);
    expect(result.ok ? undefined : result.problem).toMatchObject({ code: 'migration-failed', message: expect.stringContaining('boom') });
  });

  it('passes through what it cannot read, for the schema to explain', () => {
    for (const raw of [null, 'text', [], { schemaVersion: '1' }, {}]) {
      expect(runMigrations(raw, registry, 3)).toMatchObject({ ok: true, workshop: raw });
    }
  });

  it.each([
    { path: ['colour'], from: 1, expected: ['color'] },
    { path: ['colour', { id: 'x' }, 'name'], from: 1, expected: ['color', { id: 'x' }, 'name'] },
    { path: ['colour'], from: 2, expected: ['colour'] },
    { path: ['meta', 'title'], from: 1, expected: ['meta', 'title'] },
    { path: ['col'], from: 1, expected: ['col'] },
  ])('moves a field path typed at v$from along the renames: $path', ({ path, from, expected }) => {
    expect(migrateFieldPath(path, from, registry, 3)).toEqual(expected);
  });
});
