import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { addItem, listRecipes, moveItem, removeItem, updateItem } from '../../../../shared/editing/list-recipes';

interface Row {
  id: string;
  text: string;
}
const rows = (): Row[] => ['a', 'b', 'c'].map((id) => ({ id, text: id.toUpperCase() }));
const ids = (list: readonly Row[]) => list.map((row) => row.id).join('');

describe('list edits by id', () => {
  it.each([
    ['appends', 10, 'abcd', true],
    ['stops at the limit', 3, 'abc', false],
  ])('addItem %s', (_what, limit, expected, added) => {
    const list = rows();
    expect(addItem(list, { id: 'd', text: '' }, limit)).toBe(added);
    expect(ids(list)).toBe(expected);
  });

  it.each([
    ['b', { text: 'changed' }, ['A', 'changed', 'C'], true],
    ['missing', { text: 'changed' }, ['A', 'B', 'C'], false],
  ])('updateItem(%s) with a patch', (id, patch, expected, found) => {
    const list = rows();
    expect(updateItem(list, id, patch)).toBe(found);
    expect(list.map((row) => row.text)).toEqual(expected);
  });

  it('updateItem with a function changes the item in place', () => {
    const list = rows();
    updateItem(list, 'c', (row) => {
      row.text += '!';
    });
    expect(list[2]).toEqual({ id: 'c', text: 'C!' });
  });

  it.each([
    ['b', undefined, 'ac', true],
    ['missing', undefined, 'abc', false],
    ['a', (row: Row) => row.id !== 'a', 'abc', false],
  ])('removeItem(%s)', (id, canRemove, expected, removed) => {
    const list = rows();
    expect(removeItem(list, id, canRemove)).toBe(removed);
    expect(ids(list)).toBe(expected);
  });

  it.each([
    ['b', -1, 'bac', true],
    ['b', 1, 'acb', true],
    ['a', -1, 'abc', false],
    ['c', 1, 'abc', false],
    ['a', 5, 'bca', true],
    ['missing', 1, 'abc', false],
  ])('moveItem(%s, %i)', (id, offset, expected, moved) => {
    const list = rows();
    expect(moveItem(list, id, offset)).toBe(moved);
    expect(ids(list)).toBe(expected);
  });

  it('listRecipes are immer recipes that leave the original alone', () => {
    const recipes = listRecipes<{ rows: Row[] }, Row>((root) => root.rows, 4);
    const before = { rows: rows() };
    const after = [recipes.add({ id: 'd', text: 'D' }), recipes.move('d', -3), recipes.update('a', { text: 'x' }), recipes.remove('b')].reduce(
      (state, recipe) => produce(state, recipe),
      before,
    );
    expect(ids(after.rows)).toBe('dac');
    expect(after.rows.find((row) => row.id === 'a')?.text).toBe('x');
    expect(ids(before.rows)).toBe('abc');
    // A missing id changes nothing, so immer hands back the very same object.
    expect(produce(after, recipes.remove('gone'))).toBe(after);
    expect(produce(after, recipes.move('gone', 1))).toBe(after);
  });
});
