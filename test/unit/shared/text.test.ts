import { describe, expect, it } from 'vitest';
import { clip, countOf, excerpt, formatDay, joinWords, oneLine, plural } from '../../../shared/text';

describe('text helpers', () => {
  it.each([
    [0, 'week', 'weeks', '0 weeks'],
    [1, 'week', 'weeks', '1 week'],
    [2, 'person', 'people', '2 people'],
  ])('plural(%i, %s, %s) is "%s"', (count, one, many, expected) => {
    expect(plural(count, one, many)).toBe(expected);
  });

  it.each([
    [1, 'decision', '1 decision'],
    [5, 'decision', '5 decisions'],
  ])('countOf(%i, %s) is "%s"', (count, noun, expected) => {
    expect(countOf(count, noun)).toBe(expected);
  });

  it('oneLine collapses line breaks and runs of spaces', () => {
    expect(oneLine('  one\n\ntwo\t three ')).toBe('one two three');
  });

  it.each([
    ['short enough', 20, 'short enough'],
    ['A carrier changed its invoice layout and nobody noticed', 32, 'A carrier changed its invoice…'],
    ['Supercalifragilisticexpialidocious', 10, 'Supercali…'],
    ['Ends with a comma, then more words', 20, 'Ends with a comma…'],
    ['line\nbreaks\n\ncollapse', 40, 'line breaks collapse'],
    ['ab😀cd', 4, 'ab…'],
  ])('excerpt(%j, %i) is %j', (text, max, expected) => {
    const result = excerpt(text, max);
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(max);
  });

  it.each([
    ['short', 10, 'short'],
    ['A carrier changed its invoice layout', 12, 'A carrier c…'],
    ['ab😀cd', 4, 'ab…'],
  ])('clip(%j, %i) is %j', (text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
  });

  it.each([
    [[], undefined, ''],
    [['a'], undefined, 'a'],
    [['a', 'b'], undefined, 'a and b'],
    [['a', 'b', 'c'], undefined, 'a, b and c'],
    [['a', 'b', 'c', 'd', 'e'], 3, 'a, b, c and 2 more'],
    [['a', 'b', 'c'], 3, 'a, b and c'],
  ])('joinWords(%j, %s) is %j', (words, max, expected) => {
    expect(joinWords(words, max)).toBe(expected);
  });

  it.each([
    ['2027-05-24', 'en-GB', '24 May 2027'],
    ['2027-05-24', 'en-US', 'May 24, 2027'],
    ['2026-12-31', 'en-GB', '31 December 2026'],
    ['2026-02-30', 'en-GB', '2026-02-30'],
    ['next week', 'en-GB', 'next week'],
  ])('formatDay(%s, %s) is %j', (day, locale, expected) => {
    expect(formatDay(day, locale)).toBe(expected);
  });
});
