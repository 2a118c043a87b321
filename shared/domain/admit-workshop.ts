import type { z } from 'zod';
import { describeIssue } from './describe-issue';
import type { ImportProblem } from './import-problem';
import { formatPath, type PathSegment } from './issue-path';
import { runMigrations, WORKSHOP_MIGRATIONS, type WorkshopMigration } from './migrations';
import { CURRENT_SCHEMA_VERSION, WorkshopSchema, type Workshop } from './workshop';

/**
 * Which workshop record this build stores: the version, the steps that reach it and the schema
 * that checks it. The app uses APP_RECORD_VERSIONING; tests pass a made-up next version to prove
 * that every path into the database upgrades old records.
 */
export interface RecordVersioning {
  readonly registry: ReadonlyMap<number, WorkshopMigration>;
  readonly targetVersion: number;
  readonly schema: z.ZodType<Workshop>;
}

export const APP_RECORD_VERSIONING: RecordVersioning = {
  registry: WORKSHOP_MIGRATIONS,
  targetVersion: CURRENT_SCHEMA_VERSION,
  schema: WorkshopSchema,
};

export type Admission =
  | { readonly ok: true; readonly workshop: Workshop; readonly fromVersion: number }
  | { readonly ok: false; readonly problem: ImportProblem };

/**
 * The one gate into the live database. Whatever brings a whole workshop in — the database
 * upgrade, restoring a version, restoring a backup, importing a file, undo and redo, any
 * whole-record write — hands it here: it is upgraded to the current schema version with the
 * registered steps, then parsed with the schema. Only what comes out as `ok` may be stored.
 * `pathPrefix` says where the record sits (e.g. `workshops[3]` in a file) for the messages.
 */
export function admitWorkshop(
  raw: unknown,
  versioning: RecordVersioning = APP_RECORD_VERSIONING,
  pathPrefix: readonly PathSegment[] = [],
): Admission {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > versioning.targetVersion) {
    return {
      ok: false,
      problem: {
        code: 'newer-version',
        path: formatPath([...pathPrefix, 'schemaVersion']),
        message: `This workshop was saved by a newer version of Endfirst (data version ${version}; this one reads up to ${versioning.targetVersion}). Update Endfirst to open it.`,
      },
    };
  }

  const migrated = runMigrations(raw, versioning.registry, versioning.targetVersion);
  if (!migrated.ok) {
    const path = formatPath([...pathPrefix, 'schemaVersion']);
    return { ok: false, problem: { ...migrated.problem, path, message: `${migrated.problem.message} (at ${path})` } };
  }

  const parsed = versioning.schema.safeParse(migrated.workshop);
  if (parsed.success) return { ok: true, workshop: parsed.data, fromVersion: migrated.fromVersion };
  return { ok: false, problem: describeIssues(parsed.error.issues, migrated.workshop, pathPrefix) };
}

/** The first issue in words, plus a count of the rest so nobody fixes one and hits the next blind. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], root: unknown, prefix: readonly PathSegment[]): ImportProblem {
  const first = issues[0];
  if (first === undefined) return { code: 'invalid-workshop', message: 'This could not be read as an Endfirst workshop.' };
  const { path, message } = describeIssue(first, root, prefix);
  const more = issues.length - 1;
  const suffix = more === 0 ? '' : ` (${more} more problem${more === 1 ? '' : 's'} after this one.)`;
  const isDuplicate = first.code === 'custom' && (first.params as { firstPath?: unknown } | undefined)?.firstPath !== undefined;
  return {
    code: isDuplicate ? 'duplicate-id' : 'invalid-workshop',
    ...(path === '' ? {} : { path }),
    message: `${message}${suffix}`,
  };
}
