import type { z } from 'zod';
import { APP_RECORD_VERSIONING, describeIssues } from './admit-workshop';
import type { ImportProblem } from './import-problem';
import { findIntegrityProblems, INTEGRITY_FIELDS } from './integrity';
import type { PathSegment } from './issue-path';

/** One change inside a workshop, as immer reports it: what happened and where (keys and list indexes). */
export interface EditChange {
  readonly op: 'add' | 'remove' | 'replace';
  readonly path: readonly (string | number)[];
}

/**
 * Checks an edited workshop against the schema, looking only at what the edit touched.
 *
 * Why not parse the whole record: this runs inside the write transaction of every keystroke
 * commit. Measured in Vitest on this 2-core machine, a full WorkshopSchema parse costs 1.0–2.4 ms
 * for the 500-note workshop and 4.3–6.3 ms for the 100-page one; one note parses in 0.003 ms and
 * the whole-record ID scan in 0.18–0.36 ms. So each change is checked at its "unit", and the
 * cross-field rules (unique IDs, keys, weeks) are checked on the whole record by their own scan,
 * only when the edit adds or replaces an item or changes one of the fields they read: typing in
 * a text field costs neither.
 *
 * The unit of a change:
 * - a replaced value is checked with its own schema; an added or removed entry with its list or
 *   record (whose size limits only an add or a remove can break);
 * - lifted to the highest enclosing part that has a refinement (a rule over several of its
 *   fields, e.g. an agenda block's kind and stageId), because that rule could break too;
 * - the whole record when the path cannot be followed in the schema (a key the schema does not
 *   know, a schema kind the walk does not read) or when an edit touches many places at once.
 * The workshop's own refinement is the ID scan of integrity.ts; a new whole-workshop rule must be
 * added there (or here) to be enforced on edits.
 */
export function checkEdit(
  next: unknown,
  changes: readonly EditChange[],
  schema: z.ZodType = APP_RECORD_VERSIONING.schema,
): ImportProblem | undefined {
  const units = new Map<string, Unit>();
  for (const change of changes) {
    const unit = unitOf(schema, change.op === 'replace' ? change.path : change.path.slice(0, -1));
    if (unit === undefined || units.size >= MAX_UNITS) return checkWhole(next, schema);
    units.set(JSON.stringify(unit.path), unit);
  }
  for (const unit of units.values()) {
    const value = valueAt(next, unit.path);
    const result = unit.schema.safeParse(value);
    if (!result.success) return describeIssues(result.error.issues, value, unit.path);
  }
  if (!changes.some((change) => canRepeatAnId(next, change))) return undefined;
  const repeat = findIntegrityProblems(next)[0];
  if (repeat === undefined) return undefined;
  const issue = { code: 'custom', path: [...repeat.path], message: repeat.message, params: { firstPath: repeat.firstPath }, input: undefined };
  return describeIssues([issue as z.core.$ZodIssue], next, []);
}

/** An added entry, a replaced item or section, or a changed id, key, participantId or week. */
function canRepeatAnId(next: unknown, change: EditChange): boolean {
  if (change.op === 'add') return true;
  if (change.op === 'remove') return false;
  const last = change.path.at(-1);
  if (typeof last === 'string' && INTEGRITY_FIELDS.has(last)) return true;
  const value = valueAt(next, change.path);
  return typeof value === 'object' && value !== null;
}

/** Past this many separate places (a list re-sorted, a whole section rebuilt) one full parse is simpler. */
const MAX_UNITS = 32;

interface Unit {
  readonly path: readonly PathSegment[];
  readonly schema: z.ZodType;
}

function checkWhole(next: unknown, schema: z.ZodType): ImportProblem | undefined {
  const result = schema.safeParse(next);
  return result.success ? undefined : describeIssues(result.error.issues, next, []);
}

/** Zod 4 keeps a schema's definition at `_zod.def`; only the parts the walk reads are typed here. */
interface Definition {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly element?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly checks?: readonly { readonly _zod: { readonly def: { readonly check: string } } }[];
}
const definition = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Definition } })._zod.def;

/** Optional, nullable and readonly wrap the schema that matters; each layer may carry refinements. */
const WRAPPERS = new Set(['optional', 'nullable', 'readonly', 'nonoptional']);

function layersOf(schema: z.ZodType): z.ZodType[] {
  const layers = [schema];
  let def = definition(schema);
  while (WRAPPERS.has(def.type) && def.innerType) {
    layers.push(def.innerType);
    def = definition(def.innerType);
  }
  return layers;
}

/** A refinement (zod's "custom" check) can read every field under it; size checks cannot. */
const hasRefinement = (schema: z.ZodType) =>
  layersOf(schema).some((layer) => (definition(layer).checks ?? []).some((check) => check._zod.def.check === 'custom'));

function childSchema(schema: z.ZodType, key: PathSegment): z.ZodType | undefined {
  const def = definition(layersOf(schema).at(-1) ?? schema);
  if (def.type === 'object' && typeof key === 'string') return def.shape && Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
  if (def.type === 'array' && typeof key === 'number') return def.element;
  if (def.type === 'record' && typeof key === 'string') return def.valueType;
  return undefined;
}

function unitOf(root: z.ZodType, path: readonly PathSegment[]): Unit | undefined {
  if (path.length === 0) return undefined;
  const schemas: z.ZodType[] = [];
  let node = root;
  for (const key of path) {
    const child = childSchema(node, key);
    if (child === undefined) return undefined;
    schemas.push(child);
    node = child;
  }
  const highestRefined = schemas.findIndex(hasRefinement);
  const depth = highestRefined === -1 ? path.length : highestRefined + 1;
  const schema = schemas[depth - 1];
  return schema === undefined ? undefined : { path: path.slice(0, depth), schema };
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current = root;
  for (const key of path) current = (current as Record<PathSegment, unknown> | null | undefined)?.[key];
  return current;
}

/** A step of an editor's field path: a key, or a list item addressed by its id. */
type FieldStep = string | { readonly id: string };

/**
 * Checks one value against the schema of the field it is meant for, before a commit tries it.
 * A value of the wrong kind would otherwise be dropped without a word by the field write (which
 * never changes a field's type), and the screen would say "Saved". A path the walk cannot follow
 * is left to the edit check.
 */
export function checkFieldValue(
  path: readonly FieldStep[],
  value: unknown,
  schema: z.ZodType = APP_RECORD_VERSIONING.schema,
): ImportProblem | undefined {
  let node: z.ZodType | undefined = schema;
  for (const step of path) {
    node = node && childSchema(node, typeof step === 'string' ? step : 0);
  }
  if (node === undefined) return undefined;
  const result = node.safeParse(value);
  return result.success ? undefined : describeIssues(result.error.issues, value, path.map(displayStep));
}

const displayStep = (step: FieldStep): PathSegment => (typeof step === 'string' ? step : `#${step.id}`);
