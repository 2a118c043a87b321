import { z } from 'zod';
import { admitWorkshop, APP_RECORD_VERSIONING, describeIssues } from './admit-workshop';
import type { ImportProblem } from './import-problem';
import { formatPath, shorten, type PathSegment } from './issue-path';
import { scanJson } from './json-scan';
import { DateTimeSchema } from './primitives';
import { lineAndColumn } from './text-position';
import { findUnsafeValue, replaceLoneSurrogates } from './unsafe-values';
import { utf8ByteLength } from './utf8';
import { CURRENT_SCHEMA_VERSION, WorkshopSchema, type Workshop } from './workshop';

/**
 * The `.endfirst` file: pretty-printed UTF-8 JSON.
 *
 *   { "format": "endfirst", "version": 1, "exportedAt": "…", "workshop": { …one workshop… } }
 *   { "format": "endfirst", "version": 1, "exportedAt": "…", "workshops": [ …, … ] }   ← "Export all"
 *
 * `version` is the version of this envelope; each workshop carries its own `schemaVersion`, so a
 * file format change and a workshop model change can move independently. Backups use the single
 * form, one file per workshop.
 */
export const ENDFIRST_FORMAT = 'endfirst';
export const FILE_FORMAT_VERSION = 1;
export const ENDFIRST_FILE_EXTENSION = 'endfirst';
/** 20 MiB of UTF-8. The real library's largest workshop is well under 1 MB; 20 MB leaves room for "export all". */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** No Endfirst file is nested deeper than about 10 levels; 64 refuses hostile nesting with room to spare. */
export const MAX_NESTING_DEPTH = 64;
export const MAX_WORKSHOPS_PER_FILE = 10_000;

const envelope = {
  format: z.literal(ENDFIRST_FORMAT),
  version: z.literal(FILE_FORMAT_VERSION),
  exportedAt: DateTimeSchema,
};

export const EndfirstSingleFileSchema = z.strictObject({ ...envelope, workshop: WorkshopSchema });
export const EndfirstBundleFileSchema = z.strictObject({
  ...envelope,
  workshops: z.array(WorkshopSchema).min(1).max(MAX_WORKSHOPS_PER_FILE),
});
/** The one schema of the file, both forms. parseEndfirstFile checks it step by step for better messages. */
export const EndfirstFileSchema = z.union([EndfirstSingleFileSchema, EndfirstBundleFileSchema]);
export type EndfirstFile = z.infer<typeof EndfirstFileSchema>;

export type ParseEndfirstResult =
  | { readonly ok: true; readonly kind: 'single' | 'bundle'; readonly workshops: readonly Workshop[] }
  | { readonly ok: false; readonly problem: ImportProblem };

export interface ParseEndfirstOptions {
  /** The workshop schema version this build reads; tests lower it to play an older app. */
  readonly appSchemaVersion?: number;
  /**
   * The file's size on disk, when the caller knows it (File.size, fs.stat). The parser also
   * measures the UTF-8 size of `text` itself and refuses if either is over the limit.
   */
  readonly byteLength?: number;
}

const refuse = (problem: ImportProblem): ParseEndfirstResult => ({ ok: false, problem });

const NEWER_APP_HINT = 'Update Endfirst on this computer to open it.';

/**
 * Reads an `.endfirst` file's text. Never throws: every outcome is a value, and a refusal says
 * what is wrong and where, in words a facilitator can act on. Nothing is returned unless the
 * whole file is valid, so a caller can store the result without further checks.
 *
 * Accepted on purpose: a UTF-8 byte order mark (Windows editors add one), any Unicode text
 * including emoji, joiners and right-to-left marks, and unpaired surrogates, which become U+FFFD.
 */
export function parseEndfirstFile(text: string, options: ParseEndfirstOptions = {}): ParseEndfirstResult {
  try {
    return parseUnguarded(text, options);
  } catch (error) {
    return refuse({
      code: 'unexpected',
      message: `Endfirst could not read this file because of an internal error (${error instanceof Error ? error.message : String(error)}).`,
    });
  }
}

function parseUnguarded(text: string, options: ParseEndfirstOptions): ParseEndfirstResult {
  const appSchemaVersion = options.appSchemaVersion ?? CURRENT_SCHEMA_VERSION;

  // text.length is a lower bound of the UTF-8 size, so a huge string is refused before counting it.
  const byteLength = Math.max(
    options.byteLength ?? 0,
    text.length > MAX_FILE_BYTES ? text.length : utf8ByteLength(text),
  );
  if (byteLength > MAX_FILE_BYTES) {
    return refuse({
      code: 'too-large',
      message: `This file is ${megabytes(byteLength)} MB; Endfirst opens files of up to ${megabytes(MAX_FILE_BYTES)} MB. It is probably not an Endfirst file.`,
    });
  }

  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return refuse({ code: 'empty', message: 'This file is empty.' });

  const scan = scanJson(body, MAX_NESTING_DEPTH);
  if (!scan.ok) {
    const position = lineAndColumn(body, scan.offset);
    const at = `line ${position.line}, column ${position.column}`;
    if (looksBinary(body)) {
      return refuse({
        code: 'not-text',
        position,
        message: `This file is not text, so it is not an Endfirst file (unreadable data at ${at}). It may be a different kind of file, or saved in an encoding other than UTF-8.`,
      });
    }
    if (scan.reason === 'too-deep') {
      return refuse({
        code: 'too-deep',
        position,
        message: `This file is nested more than ${MAX_NESTING_DEPTH} levels deep at ${at}. No Endfirst file is, so it was not opened.`,
      });
    }
    if (scan.reason === 'truncated') {
      return refuse({
        code: 'invalid-json',
        position,
        message: `This file is damaged: it ends too early, at ${at}, as if it was cut off while being saved or copied.`,
      });
    }
    return refuse({
      code: 'invalid-json',
      position,
      message: `This file is damaged: it is not valid JSON at ${at} (${scan.detail}).`,
    });
  }

  const data: unknown = JSON.parse(body, replaceLoneSurrogates);

  const unsafe = findUnsafeValue(data);
  if (unsafe !== undefined) {
    const path = formatPath(unsafe.path);
    const container = formatPath(unsafe.path.slice(0, -1));
    const where = container === '' ? 'at the top level' : `inside ${container}`;
    return unsafe.kind === 'forbidden-key'
      ? refuse({
          code: 'forbidden-key',
          path,
          message: `This file contains a field named "${unsafe.key}" ${where} (${path}). Endfirst never writes that name and refuses it for safety.`,
        })
      : refuse({ code: 'invalid-number', path, message: `${path} holds a number too large to store.` });
  }

  return parseEnvelope(data, appSchemaVersion);
}

function parseEnvelope(data: unknown, appSchemaVersion: number): ParseEndfirstResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const what = Array.isArray(data) ? 'a list' : data === null ? 'nothing (null)' : `a single ${typeof data === 'string' ? 'piece of text' : 'value'}`;
    return refuse({ code: 'not-endfirst', message: `This is not an Endfirst file: it holds ${what} instead of a workshop.` });
  }
  const file = data as Record<string, unknown>;

  if (file.format !== ENDFIRST_FORMAT) {
    const found =
      typeof file.format === 'string' ? `its format is "${shorten(file.format, 40)}", not "${ENDFIRST_FORMAT}"` : `it has no format: "${ENDFIRST_FORMAT}" tag`;
    return refuse({ code: 'not-endfirst', path: 'format', message: `This is not an Endfirst file: ${found}.` });
  }

  const version = file.version;
  if (version === undefined) {
    return refuse({
      code: 'missing-version',
      path: 'version',
      message: 'This file does not say which version of the Endfirst format it uses (version is missing).',
    });
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse({
      code: 'unsupported-version',
      path: 'version',
      message: `This file's format version (version: ${shorten(JSON.stringify(version), 40)}) is not one Endfirst knows; it should be a whole number such as ${FILE_FORMAT_VERSION}.`,
    });
  }
  if (version > FILE_FORMAT_VERSION) {
    return refuse({
      code: 'newer-version',
      path: 'version',
      message: `This file was made by a newer version of Endfirst (version ${version}; this app reads file format versions up to ${FILE_FORMAT_VERSION}). ${NEWER_APP_HINT}`,
    });
  }

  const isBundle = Object.hasOwn(file, 'workshops');
  const envelopeCheck = z
    .strictObject({ ...envelope, [isBundle ? 'workshops' : 'workshop']: z.unknown() })
    .safeParse(file);
  if (!envelopeCheck.success) return refuse({ ...describeIssues(envelopeCheck.error.issues, file, []), code: 'invalid-file' });

  if (!isBundle) {
    const workshop = parseWorkshop(file.workshop, ['workshop'], appSchemaVersion);
    return workshop.ok ? { ok: true, kind: 'single', workshops: [workshop.value] } : refuse(workshop.problem);
  }

  const list = file.workshops;
  if (!Array.isArray(list)) {
    return refuse({ code: 'invalid-file', path: 'workshops', message: 'workshops must be a list of workshops.' });
  }
  if (list.length === 0) return refuse({ code: 'no-workshops', path: 'workshops', message: 'This file holds no workshops (workshops is an empty list).' });
  if (list.length > MAX_WORKSHOPS_PER_FILE) {
    return refuse({
      code: 'invalid-file',
      path: 'workshops',
      message: `workshops has too many items (${list.length.toLocaleString('en-US')}; at most ${MAX_WORKSHOPS_PER_FILE.toLocaleString('en-US')}).`,
    });
  }
  const workshops: Workshop[] = [];
  const firstIndexById = new Map<string, number>();
  for (const [index, raw] of list.entries()) {
    const workshop = parseWorkshop(raw, ['workshops', index], appSchemaVersion);
    if (!workshop.ok) return refuse(workshop.problem);
    const earlier = firstIndexById.get(workshop.value.id);
    if (earlier !== undefined) {
      return refuse({
        code: 'duplicate-workshop',
        path: `workshops[${index}].id`,
        message: `workshops[${index}].id is the same workshop ID as workshops[${earlier}].id; a file cannot hold one workshop twice.`,
      });
    }
    firstIndexById.set(workshop.value.id, index);
    workshops.push(workshop.value);
  }
  return { ok: true, kind: 'bundle', workshops };
}

type WorkshopResult = { readonly ok: true; readonly value: Workshop } | { readonly ok: false; readonly problem: ImportProblem };

function parseWorkshop(raw: unknown, prefix: readonly PathSegment[], appSchemaVersion: number): WorkshopResult {
  const where = formatPath(prefix);
  const schemaVersion = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).schemaVersion : undefined;
  if (typeof schemaVersion === 'number' && Number.isInteger(schemaVersion) && schemaVersion > appSchemaVersion) {
    return {
      ok: false,
      problem: {
        code: 'newer-version',
        path: `${where}.schemaVersion`,
        message: `This file was made by a newer version of Endfirst: ${where}.schemaVersion is ${schemaVersion}, and this app reads up to ${appSchemaVersion}. ${NEWER_APP_HINT}`,
      },
    };
  }

  // The same gate as every other way into the database: upgrade, then the schema.
  const admitted = admitWorkshop(raw, APP_RECORD_VERSIONING, prefix);
  return admitted.ok ? { ok: true, value: admitted.workshop } : admitted;
}

/** Decoded binary data is full of NULs and U+FFFD; a JSON file never has raw NULs. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.includes('\u0000')) return true;
  let replacements = 0;
  for (const char of sample) if (char === '\uFFFD') replacements++;
  return replacements > 8 && replacements > sample.length / 50;
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/**
 * Writes the file. One workshop gives the single form (what backups and "Export…" write), more
 * give the bundle form ("Export all"). It does not validate: an export is also the rescue path
 * for data the app itself thinks is broken, and it must still be written.
 */
export function serializeEndfirstFile(workshops: readonly Workshop[], exportedAt: string): string {
  if (workshops.length === 0) throw new RangeError('serializeEndfirstFile needs at least one workshop');
  const head = { format: ENDFIRST_FORMAT, version: FILE_FORMAT_VERSION, exportedAt };
  const file = workshops.length === 1 ? { ...head, workshop: workshops[0] } : { ...head, workshops };
  return `${JSON.stringify(file, null, 2)}\n`;
}
