/**
 * A JSON syntax checker that runs before JSON.parse, for two reasons:
 *  - JSON.parse's messages differ between engines and often carry no position ("Unexpected
 *    token '}'"); this gives the same line and column in Node tests and in the app, and a plain
 *    description of what was expected;
 *  - it refuses deep nesting without recursion, so a hostile `[[[[…` of any depth can never
 *    overflow a stack here or later.
 * It only checks; JSON.parse still builds the value.
 */

export type JsonScanResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** `truncated`: the text ended in the middle of the data, the usual sign of a cut-off file. */
      readonly reason: 'syntax' | 'truncated' | 'too-deep';
      readonly offset: number;
      readonly detail: string;
    };

type Failure = Extract<JsonScanResult, { ok: false }>;

const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const SIMPLE_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

const isWhitespace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

const fail = (reason: Failure['reason'], offset: number, detail: string): Failure => ({ ok: false, reason, offset, detail });

/** Shows a character the way a facilitator can find it in a text editor. */
function describeChar(text: string, offset: number): string {
  const code = text.codePointAt(offset) ?? 0;
  return code >= 0x21 && code <= 0x7e ? `'${String.fromCodePoint(code)}'` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

function previousNonWhitespace(text: string, offset: number): string | undefined {
  let i = offset - 1;
  while (i >= 0 && isWhitespace(text.charCodeAt(i))) i--;
  return text[i];
}

/** Returns the offset just past the string starting at `start` (a quote), or a failure. */
function scanString(text: string, start: number): number | Failure {
  let i = start + 1;
  for (;;) {
    if (i >= text.length) return fail('truncated', text.length, 'the file ends inside a piece of text');
    const c = text.charCodeAt(i);
    if (c === QUOTE) return i + 1;
    if (c === BACKSLASH) {
      if (i + 1 >= text.length) return fail('truncated', text.length, 'the file ends inside a piece of text');
      const escape = text[i + 1] as string;
      if (SIMPLE_ESCAPES.has(escape)) i += 2;
      else if (escape === 'u') {
        if (i + 6 > text.length) return fail('truncated', text.length, 'the file ends inside a piece of text');
        if (!HEX4.test(text.slice(i + 2, i + 6))) return fail('syntax', i, 'a \\u escape in a piece of text is broken');
        i += 6;
      } else return fail('syntax', i, `a piece of text has an unknown escape "\\${escape}"`);
    } else if (c < 0x20) {
      return fail('syntax', i, 'a piece of text contains a raw line break or control character');
    } else i++;
  }
}

/** Numbers, strings and the three literals; returns the offset after the value. */
function scanScalar(text: string, i: number): number | Failure {
  const c = text.charCodeAt(i);
  if (c === QUOTE) return scanString(text, i);
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return NUMBER.lastIndex;
    return fail('syntax', i, 'a number is written in a way JSON does not allow');
  }
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, i)) return i + literal.length;
    const isCutOff = text.length - i < literal.length && literal.startsWith(text.slice(i));
    if (isCutOff) return fail('truncated', text.length, 'the file ends too early');
  }
  if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
    const hint = previousNonWhitespace(text, i) === ',' ? ' (is there a comma too many?)' : '';
    return fail('syntax', i, `expected a value before ${describeChar(text, i)}${hint}`);
  }
  return fail('syntax', i, `unexpected character ${describeChar(text, i)}`);
}

type Expecting = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close';

export function scanJson(text: string, maxDepth: number): JsonScanResult {
  /** The closing bracket each open container is waiting for. */
  const closers: number[] = [];
  let expecting: Expecting = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
    if (i >= text.length) {
      if (expecting === 'comma-or-close' && closers.length === 0) return { ok: true };
      return fail('truncated', text.length, 'the file ends too early');
    }
    const c = text.charCodeAt(i);
    switch (expecting) {
      case 'value':
      case 'value-or-close': {
        if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
          if (closers.length >= maxDepth) return fail('too-deep', i, `the data is nested more than ${maxDepth} levels deep`);
          closers.push(c === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY);
          expecting = c === OPEN_OBJECT ? 'key-or-close' : 'value-or-close';
          i++;
        } else if (expecting === 'value-or-close' && c === CLOSE_ARRAY) {
          closers.pop();
          expecting = 'comma-or-close';
          i++;
        } else {
          const end = scanScalar(text, i);
          if (typeof end !== 'number') return end;
          expecting = 'comma-or-close';
          i = end;
        }
        break;
      }
      case 'key':
      case 'key-or-close': {
        if (c === QUOTE) {
          const end = scanString(text, i);
          if (typeof end !== 'number') return end;
          expecting = 'colon';
          i = end;
        } else if (expecting === 'key-or-close' && c === CLOSE_OBJECT) {
          closers.pop();
          expecting = 'comma-or-close';
          i++;
        } else {
          const hint = c === CLOSE_OBJECT ? ' (is there a comma too many?)' : '';
          return fail('syntax', i, `expected a field name in double quotes, found ${describeChar(text, i)}${hint}`);
        }
        break;
      }
      case 'colon': {
        if (c !== 0x3a) return fail('syntax', i, `expected ':' after a field name, found ${describeChar(text, i)}`);
        expecting = 'value';
        i++;
        break;
      }
      case 'comma-or-close': {
        const closer = closers.at(-1);
        if (closer === undefined) return fail('syntax', i, `unexpected ${describeChar(text, i)} after the end of the data`);
        if (c === 0x2c) {
          expecting = closer === CLOSE_OBJECT ? 'key' : 'value';
          i++;
        } else if (c === closer) {
          closers.pop();
          i++;
        } else {
          return fail('syntax', i, `expected ',' or '${String.fromCharCode(closer)}', found ${describeChar(text, i)}`);
        }
        break;
      }
    }
  }
}
