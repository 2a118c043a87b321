import { enablePatches, produce, produceWithPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { applyIdChanges, diffById, sameData, type IdChange } from '../../../../shared/editing/id-changes';

interface Row {
  id: string;
  text: string;
}
interface Doc {
  title: string;
  rows: Row[];
  tags: string[];
  weeks?: number;
}

const doc: Doc = {
  title: 'Pilot',
  rows: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
    { id: 'c', text: 'C' },
  ],
  tags: ['x'],
};
enablePatches();
const edit = (base: Doc, recipe: (draft: Doc) => void) => produce(base, recipe);
const rowsOf = (value: Doc | null) => value?.rows.map((row) => `${row.id}:${row.text}`).join(' ');

describe('diffById: what an edit changed, rows named by id', () => {
  it.each<[string, (draft: Doc) => void, IdChange[]]>([
    ['a row’s text', (d) => void (d.rows[1]!.text = 'B2'), [{ kind: 'value', path: ['rows', { id: 'b' }, 'text'], before: 'B', after: 'B2' }]],
    [
      'a row removed',
      (d) => void d.rows.splice(0, 1),
      [{ kind: 'list', path: ['rows'], beforeIds: ['a', 'b', 'c'], afterIds: ['b', 'c'], removed: [{ id: 'a', text: 'A' }], added: [] }],
    ],
    ['a list without ids, whole', (d) => void d.tags.push('y'), [{ kind: 'value', path: ['tags'], before: ['x'], after: ['x', 'y'] }]],
    ['an optional key added', (d) => void (d.weeks = 4), [{ kind: 'value', path: ['weeks'], before: undefined, after: 4 }]],
    ['nothing', (d) => void (d.title = 'Pilot'), []],
  ])('%s', (_label, recipe, expected) => {
    expect(diffById(doc, edit(doc, recipe))).toEqual(expected);
  });
});

describe('diffById guided by immer’s patch paths finds the same changes, reading less', () => {
  it.each<[string, (draft: Doc) => void]>([
    ['a row’s text', (d) => void (d.rows[1]!.text = 'B2')],
    [
      'two rows’ text and the title',
      (d) => {
        d.rows[2]!.text = 'C2';
        d.title = 'T';
        d.rows[0]!.text = 'A2';
      },
    ],
    ['a row removed', (d) => void d.rows.splice(0, 1)],
    ['rows reordered', (d) => void d.rows.reverse()],
    ['a row replaced by another', (d) => void (d.rows[1] = { id: 'z', text: 'Z' })],
    ['the list replaced whole, one row changed', (d) => void (d.rows = d.rows.map((row) => (row.id === 'b' ? { ...row, text: 'B2' } : row)))],
    ['a list without ids', (d) => void d.tags.push('y')],
    ['an optional key', (d) => void (d.weeks = 4)],
  ])('%s', (_label, recipe) => {
    const [after, patches] = produceWithPatches(doc, recipe);
    // The same changes; their order does not matter, as each names its own place.
    const sorted = (changes: IdChange[]) => changes.map((change) => JSON.stringify(change)).sort();
    expect(sorted(diffById(doc, after, patches.map((patch) => patch.path)))).toEqual(sorted(diffById(doc, after)));
  });
});

/** The other window's edit lands between this window's edit and its undo. */
describe('applyIdChanges: undo and redo against the record as it is now', () => {
  it.each<[string, (draft: Doc) => void, (draft: Doc) => void, string | null]>([
    ['undo a text edit after a row above it went', (d) => void (d.rows[2]!.text = 'C2'), (d) => void d.rows.splice(0, 1), 'b:B c:C'],
    ['undo a text edit after the rows were reordered', (d) => void (d.rows[0]!.text = 'A2'), (d) => void d.rows.reverse(), 'c:C b:B a:A'],
    ['undo a text edit whose row is gone', (d) => void (d.rows[1]!.text = 'B2'), (d) => void d.rows.splice(1, 1), null],
    ['undo a text edit the other window typed over', (d) => void (d.rows[1]!.text = 'B2'), (d) => void (d.rows[1]!.text = 'B3'), null],
    ['undo an added row', (d) => void d.rows.push({ id: 'd', text: '' }), (d) => void (d.rows[0]!.text = 'A2'), 'a:A2 b:B c:C'],
    ['undo an added row after another was added', (d) => void d.rows.push({ id: 'd', text: '' }), (d) => void d.rows.push({ id: 'e', text: '' }), null],
    ['undo an added row typed into elsewhere', (d) => void d.rows.push({ id: 'd', text: '' }), (d) => void (d.rows[3]!.text = 'D'), null],
    ['undo a removed row, keeping edits to the others', (d) => void d.rows.splice(1, 1), (d) => void (d.rows[1]!.text = 'C2'), 'a:A b:B c:C2'],
    ['undo a move', (d) => void d.rows.splice(0, 0, d.rows.splice(2, 1)[0]!), (d) => void (d.title = 'Other'), 'a:A b:B c:C'],
    ['undo an edit to an unrelated field', (d) => void (d.title = 'New'), (d) => void d.rows.splice(0, 1), 'b:B c:C'],
  ])('%s', (_label, mine, theirs, expected) => {
    const after = edit(doc, mine);
    const changes = diffById(doc, after);
    const now = edit(after, theirs);
    const undone = applyIdChanges(now, changes, 'undo');
    expect(undone === null ? null : rowsOf(undone)).toBe(expected);
    if (undone) expect(undone.title).toBe(now.title === after.title ? doc.title : now.title);
  });

  it('redo makes the edit again, on the same row after another window removed the one above', () => {
    const after = edit(doc, (d) => void (d.rows[2]!.text = 'C2'));
    const changes = diffById(doc, after);
    const undone = applyIdChanges(after, changes, 'undo')!;
    const now = edit(undone, (d) => void d.rows.splice(0, 1));
    expect(rowsOf(applyIdChanges(now, changes, 'redo'))).toBe('b:B c:C2');
  });

  it('puts an optional key back to absent and never changes the record it was given', () => {
    const after = edit(doc, (d) => void (d.weeks = 4));
    const undone = applyIdChanges(after, diffById(doc, after), 'undo')!;
    expect('weeks' in undone).toBe(false);
    expect(after.weeks).toBe(4);
  });

  it('refuses a step that would write a prototype key', () => {
    const change: IdChange = { kind: 'value', path: ['__proto__'], before: undefined, after: { polluted: true } };
    expect(applyIdChanges({ title: 'x' }, [change], 'redo')).toBeNull();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [[1, { x: 'y' }], [1, { x: 'y' }], true],
    [{ a: [1] }, { a: [2] }, false],
    [null, {}, false],
  ])('sameData(%j, %j) is %s', (a, b, expected) => {
    expect(sameData(a, b)).toBe(expected);
  });
});
