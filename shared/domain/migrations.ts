import type { ImportProblem } from './import-problem';
import { CURRENT_SCHEMA_VERSION } from './workshop';

/**
 * Upgrades a workshop record one schema version at a time. Each step receives a private deep
 * copy (it may mutate it) of a version-N record and returns the version-N+1 shape; the runner
 * sets `schemaVersion` itself so a step cannot forget. Import and the Dexie upgrade both use it,
 * so an old backup file and an old database row take exactly the same path.
 *
 * To add version 2: write the step here under key 1, bump CURRENT_SCHEMA_VERSION, commit a v1
 * fixture and a test that migrates it with every field intact.
 */
export type WorkshopMigration = (workshop: Record<string, unknown>) => Record<string, unknown>;

/** from-version -> the step that upgrades it to from-version + 1. Empty while only v1 exists. */
export const WORKSHOP_MIGRATIONS: ReadonlyMap<number, WorkshopMigration> = new Map();

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
      current = { ...step(current), schemaVersion: version + 1 };
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

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
