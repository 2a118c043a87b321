import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyTextChange, spliceBetween } from '../../../../shared/sync/text-change';

describe('a text field change as one splice', () => {
  it.each([
    ['typing at the end', 'Plan', 'Plans', { index: 4, removed: 0, inserted: 's' }],
    ['a cut in the middle', 'one two three', 'one three', { index: 5, removed: 4, inserted: '' }],
    ['a replaced word', 'red car', 'blue car', { index: 0, removed: 3, inserted: 'blue' }],
    ['nothing', 'same', 'same', { index: 4, removed: 0, inserted: '' }],
    ['an emoji never cut in half', 'a😀b', 'a😃b', { index: 1, removed: 2, inserted: '😃' }],
  ])('%s', (_name, before, after, splice) => {
    expect(spliceBetween(before, after)).toEqual(splice);
  });
});

describe('this laptop’s change lands over another laptop’s change to the same field', () => {
  it.each([
    ['both typed at the ends', 'middle', 'start middle', 'middle end', 'start middle end'],
    ['one deleted a word the other did not touch', 'one two three', 'one three', 'one two three four', 'one three four'],
    ['both edited the same word', 'colour', 'colours', 'the colour', 'the colours'],
  ])('%s', (_name, base, remote, local, merged) => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, remote);
    applyTextChange(text, base, local);
    expect(text.toString()).toBe(merged);
  });
});
