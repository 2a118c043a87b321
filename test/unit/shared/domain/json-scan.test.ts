import { describe, expect, it } from 'vitest';
import { scanJson } from '../../../../shared/domain/json-scan';
import { lineAndColumn } from '../../../../shared/domain/text-position';
import { utf8ByteLength } from '../../../../shared/domain/utf8';

describe('scanJson', () => {
  const valid = ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} ', '"text"', '0', '[[[]]]', '{"a":{"b":{}}}'];
  it.each(valid)('accepts %s, as JSON.parse does', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(scanJson(text, 64)).toEqual({ ok: true });
  });

  const broken: { text: string; reason: string; offset: number; detail?: string }[] = [
    { text: '', reason: 'truncated', offset: 0 },
    { text: '{"a": 1', reason: 'truncated', offset: 7 },
    { text: '{"a": "unfinished', reason: 'truncated', offset: 17 },
    { text: '[tr', reason: 'truncated', offset: 3 },
    { text: '{"a": 1,}', reason: 'syntax', offset: 8, detail: 'comma too many' },
    { text: '[1,]', reason: 'syntax', offset: 3, detail: 'comma too many' },
    { text: '{"a": }', reason: 'syntax', offset: 6, detail: "expected a value before '}'" },
    { text: "{'a': 1}", reason: 'syntax', offset: 1, detail: 'double quotes' },
    { text: '{"a" 1}', reason: 'syntax', offset: 5, detail: "expected ':'" },
    { text: '[1 2]', reason: 'syntax', offset: 3, detail: "expected ',' or ']'" },
    { text: '[01]', reason: 'syntax', offset: 2 },
    { text: '["a\tb"]', reason: 'syntax', offset: 3, detail: 'control character' },
    { text: '["\\x"]', reason: 'syntax', offset: 2, detail: 'unknown escape' },
    { text: '["\\u12G4"]', reason: 'syntax', offset: 2, detail: '\\u escape' },
    { text: '{} {}', reason: 'syntax', offset: 3, detail: 'after the end' },
    { text: 'NaN', reason: 'syntax', offset: 0 },
    { text: '[[[', reason: 'too-deep', offset: 2 },
  ];
  it.each(broken)('refuses $text at $offset ($reason)', ({ text, reason, offset, detail }) => {
    expect(() => JSON.parse(text)).toThrow();
    const result = scanJson(text, 2);
    expect(result).toMatchObject({ ok: false, reason: text === '[[[' ? 'too-deep' : reason, offset });
    if (detail !== undefined && !result.ok) expect(result.detail).toContain(detail);
  });

  it('refuses a million levels of nesting without recursing', () => {
    const text = '['.repeat(1_000_000);
    expect(scanJson(text, 64)).toMatchObject({ ok: false, reason: 'too-deep', offset: 64 });
  });
});

describe('lineAndColumn', () => {
  it.each([
    { offset: 0, line: 1, column: 1 },
    { offset: 3, line: 2, column: 1 },
    { offset: 5, line: 2, column: 3 },
    { offset: 99, line: 3, column: 2 },
  ])('offset $offset is line $line, column $column', ({ offset, line, column }) => {
    expect(lineAndColumn('ab\ncde\nf', offset)).toEqual({ line, column });
  });
});

describe('utf8ByteLength', () => {
  it.each([
    { text: '', bytes: 0 },
    { text: 'abc', bytes: 3 },
    { text: 'é', bytes: 2 },
    { text: '€', bytes: 3 },
    { text: '😀', bytes: 4 },
    { text: '👩‍👩‍👧', bytes: 18 },
    { text: '\ud800', bytes: 3 },
    { text: 'a\udc00b', bytes: 5 },
  ])('"$text" is $bytes bytes, like TextEncoder says', ({ text, bytes }) => {
    expect(utf8ByteLength(text)).toBe(bytes);
    expect(new TextEncoder().encode(text).length).toBe(bytes);
  });
});
