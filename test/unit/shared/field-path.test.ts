import { describe, expect, it } from 'vitest';
import { getAtPath, pathKey, setAtPath, type FieldPath } from '../../../shared/editing/field-path';

const workshop = () => ({
  meta: { title: 'Invoice triage', volume: 10 as number | null },
  participants: [
    { id: 'p-1', name: 'Ana' },
    { id: 'p-2', name: 'Ben' },
  ],
});

describe('field paths', () => {
  it.each<[string, FieldPath, unknown]>([
    ['a nested field', ['meta', 'title'], 'Invoice triage'],
    ['an array item by id', ['participants', { id: 'p-2' }, 'name'], 'Ben'],
    ['a missing id', ['participants', { id: 'p-9' }, 'name'], undefined],
    ['a prototype key', ['__proto__'], undefined],
    ['constructor', ['constructor'], undefined],
  ])('reads %s', (_, path, expected) => {
    expect(getAtPath(workshop(), path)).toBe(expected);
  });

  it.each<[string, FieldPath, unknown, boolean]>([
    ['a nested text field', ['meta', 'title'], 'Claims triage', true],
    ['an item field by id', ['participants', { id: 'p-1' }, 'name'], 'Ana María', true],
    ['null into a nullable number', ['meta', 'volume'], null, true],
    ['an item that was deleted meanwhile', ['participants', { id: 'gone' }, 'name'], 'x', false],
    ['a field that does not exist', ['meta', 'colour'], 'red', false],
    ['a value of the wrong type', ['meta', 'title'], 42, false],
    ['a prototype-polluting key', ['__proto__', 'polluted'], true, false],
    ['an empty path', [], 'x', false],
  ])('writes %s -> %s', (_, path, value, expected) => {
    const target = workshop();
    expect(setAtPath(target, path, value)).toBe(expected);
    if (expected) expect(getAtPath(target, path)).toBe(value);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keys a path stably, with ids rather than positions', () => {
    expect(pathKey(['participants', { id: 'p-1' }, 'name'])).toBe('participants.#p-1.name');
  });
});
