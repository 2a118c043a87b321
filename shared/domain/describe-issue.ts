import type { z } from 'zod';
import { formatPath, shorten, valueAt, type PathSegment } from './issue-path';

type Issue = z.core.$ZodIssue;

const EXPECTED_PHRASES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  null: 'empty (null)',
};

const FORMAT_PHRASES: Readonly<Record<string, string>> = {
  date: 'a date written YYYY-MM-DD, such as 2026-11-26',
  datetime: 'a date and time such as 2026-11-26T09:30:00.000Z',
  uuid: 'an ID in UUID form, such as 3b241101-e2bb-4255-8caf-4136c566a962',
};

/** What was found, short enough for a message and safe to show as plain text. */
export function describeFound(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length === 0 ? 'empty text' : `"${shorten(value, 40)}"`;
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : 'a number too large to store';
    case 'boolean':
      return String(value);
    case 'object':
      return 'a group of fields';
    default:
      return 'nothing';
  }
}

const plural = (count: number, word: string) => `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;

/**
 * Turns one zod issue into a sentence a facilitator understands, naming the place with the same
 * `workshop.participants[2].team` path that is returned beside it. `root` is the raw data that
 * was checked (to quote what was found) and `prefix` is where that data sits in the file.
 */
export function describeIssue(
  issue: Issue,
  root: unknown,
  prefix: readonly PathSegment[],
): { readonly path: string; readonly message: string } {
  const fullPath = [...prefix, ...issue.path];
  const where = formatPath(fullPath) || 'The file';
  const found = valueAt(root, issue.path);

  switch (issue.code) {
    case 'invalid_type': {
      if (found === undefined) return { path: formatPath(fullPath), message: `${where} is missing.` };
      const expected = EXPECTED_PHRASES[issue.expected] ?? issue.expected;
      return { path: formatPath(fullPath), message: `${where} must be ${expected} (found ${describeFound(found)}).` };
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => String(v));
      const expected = options.length === 1 ? `${options[0]}` : `one of: ${options.join(', ')}`;
      return { path: formatPath(fullPath), message: `${where} must be ${expected} (found ${describeFound(found)}).` };
    }
    case 'unrecognized_keys': {
      const [first = '', ...others] = issue.keys;
      const path = formatPath([...fullPath, first]);
      const also = others.length === 0 ? '' : ` (nor are ${others.map((key) => `"${shorten(key)}"`).join(', ')})`;
      const message =
        fullPath.length === 0
          ? `The file has a field this version of Endfirst does not know: ${path}${also}.`
          : `${path} is not a field this version of Endfirst knows${also}.`;
      return { path, message };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string' && typeof found === 'string') {
        return {
          path: formatPath(fullPath),
          message: `${where} is too long (${plural(found.length, 'character')}; at most ${max.toLocaleString('en-US')}).`,
        };
      }
      if (issue.origin === 'array' && Array.isArray(found)) {
        return {
          path: formatPath(fullPath),
          message: `${where} has too many items (${found.length.toLocaleString('en-US')}; at most ${max.toLocaleString('en-US')}).`,
        };
      }
      return { path: formatPath(fullPath), message: `${where} must be at most ${max.toLocaleString('en-US')} (found ${describeFound(found)}).` };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      const message =
        issue.origin === 'number' && min === 0
          ? `${where} cannot be negative (found ${describeFound(found)}).`
          : `${where} must be at least ${min.toLocaleString('en-US')} (found ${describeFound(found)}).`;
      return { path: formatPath(fullPath), message };
    }
    case 'invalid_format': {
      const expected = FORMAT_PHRASES[issue.format];
      const message =
        expected === undefined
          ? `${where} ${issue.message} (found ${describeFound(found)}).`
          : `${where} must be ${expected} (found ${describeFound(found)}).`;
      return { path: formatPath(fullPath), message };
    }
    case 'invalid_key':
      return { path: formatPath(fullPath), message: `${where} is listed under a key that is not a valid ID.` };
    case 'custom': {
      const firstPath = (issue.params as { firstPath?: readonly PathSegment[] } | undefined)?.firstPath;
      const also = firstPath === undefined ? '' : ` (first used at ${formatPath([...prefix, ...firstPath])})`;
      return { path: formatPath(fullPath), message: `${where} ${issue.message}${also}.` };
    }
    default:
      return { path: formatPath(fullPath), message: `${where} cannot be read: ${issue.message}.` };
  }
}
