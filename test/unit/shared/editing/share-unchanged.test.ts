import { describe, expect, it } from 'vitest';
import { shareUnchanged } from '../../../../shared/editing/share-unchanged';

const previous = {
  id: 'w1',
  meta: { title: 'Pilot', tags: ['a', 'b'] },
  room: { notes: [{ id: 'n1', text: 'one' }, { id: 'n2', text: 'two' }], groups: [] as { id: string }[] },
  endState: { whatRuns: 'draft', when: null as string | null },
};
const copy = () => structuredClone(previous);

describe('shareUnchanged', () => {
  it('returns the previous value when the new one deep-equals it', () => {
    expect(shareUnchanged(previous, copy())).toBe(previous);
  });

  it.each([
    ['a text field', (next: typeof previous) => (next.endState.whatRuns = 'draft plus'), ['meta', 'room']],
    ['one note', (next: typeof previous) => (next.room.notes[1]!.text = 'changed'), ['meta', 'endState']],
    ['a null becoming a value', (next: typeof previous) => (next.endState.when = '2026-11-26'), ['meta', 'room']],
  ])('after a change to %s, keeps the untouched parts identical and returns the new values', (_, change, untouched) => {
    const next = copy();
    change(next);
    const shared = shareUnchanged(previous, next);
    expect(shared).toEqual(next);
    expect(shared).not.toBe(previous);
    for (const key of untouched) expect(shared[key as keyof typeof previous]).toBe(previous[key as keyof typeof previous]);
  });

  it('shares the unchanged notes of a list whose other note changed', () => {
    const next = copy();
    next.room.notes[1]!.text = 'changed';
    const shared = shareUnchanged(previous, next);
    expect(shared.room.notes[0]).toBe(previous.room.notes[0]);
    expect(shared.room.notes[1]).not.toBe(previous.room.notes[1]);
    expect(shared.room.groups).toBe(previous.room.groups);
  });

  it.each([
    ['an item added', (next: typeof previous) => next.room.notes.push({ id: 'n3', text: 'three' })],
    ['an item removed', (next: typeof previous) => next.room.notes.pop()],
    ['a key added', (next: typeof previous) => Object.assign(next.meta, { extra: 1 })],
    ['a key removed', (next: typeof previous) => delete (next.meta as { tags?: string[] }).tags],
  ])('notices %s', (_, change) => {
    const next = copy();
    change(next);
    const shared = shareUnchanged(previous, next);
    expect(shared).toEqual(next);
    expect(shared).not.toBe(previous);
  });

  it.each([
    ['nothing before', undefined],
    ['another type before', 'text'],
    ['null before', null],
  ])('returns the new value as it is with %s', (_, before) => {
    const next = copy();
    expect(shareUnchanged(before, next)).toBe(next);
  });
});
