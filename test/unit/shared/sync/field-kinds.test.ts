import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { SAMPLE_WORKSHOP } from '../../../../shared/method/sample-workshop';
import { ATOMIC_STRINGS, childPattern, FREE_TEXT, KEYED_RECORDS, LOCAL_ONLY, ROW_LISTS, WHOLE_ARRAYS } from '../../../../shared/sync/field-kinds';

// The sample with every optional part filled in, so every leaf path exists at least once.
const FULL = produce(SAMPLE_WORKSHOP, (d) => {
  const acceptance = { acceptedBy: 'Maria Jensen', reason: 'Known and watched', acceptedOn: '2026-11-26', until: '2027-03-01' };
  d.preMortemRisks[0]!.acceptance = acceptance;
  d.acceptedFindings.push({ ...acceptance, id: '7e000000-0000-4000-8000-0000000000af', findingKey: 'pilot.curated-data' });
});

interface Leaf {
  readonly pattern: string;
  readonly kind: 'string' | 'array' | 'other';
}

function leaves(value: unknown, pattern: string, out: Leaf[]): Leaf[] {
  if (LOCAL_ONLY.has(pattern)) return out;
  if (Array.isArray(value)) {
    if (pattern in ROW_LISTS) for (const row of value) leaves(row, `${pattern}.*`, out);
    else out.push({ pattern, kind: 'array' });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) leaves(child, childPattern(pattern, key), out);
  } else out.push({ pattern, kind: typeof value === 'string' ? 'string' : 'other' });
  return out;
}

const found = leaves(FULL, '', []);
const strings = new Set(found.filter((leaf) => leaf.kind === 'string').map((leaf) => leaf.pattern));
const arrays = new Set(found.filter((leaf) => leaf.kind === 'array').map((leaf) => leaf.pattern));

describe('every part of a workshop has a merge rule', () => {
  it('classifies every string of a full workshop as free text or one value', () => {
    expect([...strings].filter((pattern) => !FREE_TEXT.has(pattern) && !ATOMIC_STRINGS.has(pattern))).toEqual([]);
    expect(strings.size).toBeGreaterThan(100);
  });

  it('classifies every array as a list of rows or one value', () => {
    expect([...arrays].filter((pattern) => !WHOLE_ARRAYS.has(pattern))).toEqual([]);
  });

  it('never calls one string both free text and one value', () => {
    expect([...FREE_TEXT].filter((pattern) => ATOMIC_STRINGS.has(pattern))).toEqual([]);
  });

  it('names only paths a workshop has (no stale entry that would hide a renamed field)', () => {
    const patterns = new Set(found.map((leaf) => leaf.pattern));
    const rowPatterns = new Set(Object.keys(ROW_LISTS).map((pattern) => `${pattern}.*`));
    // Every list of the full workshop has rows, so every path under a list is walked too.
    const known = (pattern: string) =>
      patterns.has(pattern) || [...patterns].some((leaf) => leaf.startsWith(`${pattern}.`)) || rowPatterns.has(pattern);
    const stale = [...FREE_TEXT, ...ATOMIC_STRINGS, ...WHOLE_ARRAYS, ...KEYED_RECORDS].filter((pattern) => !known(pattern));
    expect(stale).toEqual([]);
  });

  it('keeps an enum such as a standard’s status one value, and a standard’s evidence free text', () => {
    expect(ATOMIC_STRINGS.has('standards.*.status')).toBe(true);
    expect(FREE_TEXT.has('standards.*.evidence')).toBe(true);
    expect(FREE_TEXT.has('room.notes.*.text')).toBe(true);
  });
});
