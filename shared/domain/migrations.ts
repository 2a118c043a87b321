import type { ImportProblem } from './import-problem';
import { weekPlanRowIds } from './migrations/v1-to-v2-week-plan-ids';
import { aiDepth } from './migrations/v2-to-v3-ai-depth';
import { sessions } from './migrations/v3-to-v4-sessions';
import { CURRENT_SCHEMA_VERSION } from './workshop';

/**
 * Upgrades a workshop record one schema version at a time. Each step receives a private deep
 * copy (it may mutate it) of a version-N record and returns the version-N+1 shape; the runner
 * sets `schemaVersion` itself so a step cannot forget. Nothing calls this directly to store a
 * record: admitWorkshop (admit-workshop.ts) runs it and then the schema, for every path that
 * brings a record into the database. How a new step reaches stored rows is in README.md here.
 */
export interface WorkshopMigration {
  readonly upgrade: (workshop: Record<string, unknown>) => Record<string, unknown>;
  /**
   * Fields this step moved, old path -> new path (plain keys, from the workshop's root). An edit
   * typed against the old version and still in the keystroke journal is replayed at the new
   * path. A path inside a list item works too: the prefix is matched, the rest is kept.
   */
  readonly renamedPaths?: readonly { readonly from: readonly string[]; readonly to: readonly string[] }[];
}

/** from-version -> the step that upgrades it to from-version + 1. One file per step in migrations/. */
export const WORKSHOP_MIGRATIONS: ReadonlyMap<number, WorkshopMigration> = new Map([
  [1, weekPlanRowIds],
  [2, aiDepth],
  [3, sessions],
]);

/** Every record and journal entry written before schema versions were recorded everywhere was v1. */
export const FIRST_SCHEMA_VERSION = 1;

export type MigrationResult =
  | { readonly ok: true; readonly workshop: unknown; readonly fromVersion: number }
  | { readonly ok: false; readonly problem: ImportProblem };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The mechanism, with the registry passed in so tests can run it on made-up steps. */
export function runMigrations(
  raw: unknown,
  registry: ReadonlyMap<number, WorkshopMigration>,
  targetVersion: number,
): MigrationResult {
  if (!isPlainObject(raw) || typeof raw.schemaVersion !== 'number' || !Number.isInteger(raw.schemaVersion)) {
    // Nothing to upgrade: schema validation will explain what is wrong with it.
    return { ok: true, workshop: raw, fromVersion: targetVersion };
  }
  const fromVersion = raw.schemaVersion;
  if (fromVersion >= targetVersion) return { ok: true, workshop: raw, fromVersion };

  let current = JSON.parse(JSON.stringify(raw)) as Record<string, unknown>;
  for (let version = fromVersion; version < targetVersion; version++) {
    const step = registry.get(version);
    if (step === undefined) {
      return {
        ok: false,
        problem: {
          code: 'unsupported-version',
          path: 'schemaVersion',
          message: `This workshop uses data version ${fromVersion}, which this version of Endfirst cannot upgrade.`,
        },
      };
    }
    try {
      current = { ...step.upgrade(current), schemaVersion: version + 1 };
    } catch (error) {
      return {
        ok: false,
        problem: {
          code: 'migration-failed',
          message: `Endfirst could not upgrade this workshop from data version ${version} to ${version + 1} (${errorText(error)}).`,
        },
      };
    }
  }
  return { ok: true, workshop: current, fromVersion };
}

export function migrateWorkshop(raw: unknown): MigrationResult {
  return runMigrations(raw, WORKSHOP_MIGRATIONS, CURRENT_SCHEMA_VERSION);
}

/**
 * Where a field typed against `fromVersion` lives at `targetVersion`: each step's renames are
 * applied in order. Steps are generic over the path's other segments (list items addressed by
 * id stay as they are), so the journal's path type passes through unchanged.
 */
export function migrateFieldPath<Step>(
  path: readonly Step[],
  fromVersion: number,
  registry: ReadonlyMap<number, WorkshopMigration>,
  targetVersion: number,
): readonly Step[] {
  let current = path;
  for (let version = fromVersion; version < targetVersion; version++) {
    for (const { from, to } of registry.get(version)?.renamedPaths ?? []) {
      const matches = from.length <= current.length && from.every((key, index) => current[index] === key);
      if (matches) {
        current = [...(to as readonly unknown[] as readonly Step[]), ...current.slice(from.length)];
        break;
      }
    }
  }
  return current;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
