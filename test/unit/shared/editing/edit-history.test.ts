import { describe, expect, it } from 'vitest';
import {
  COALESCE_WINDOW_MS,
  EMPTY_HISTORY,
  followOwnEdit,
  HISTORY_LIMIT,
  recordEdit,
  takeRedo,
  takeUndo,
  type HistoryEntry,
} from '../../../../shared/editing/edit-history';

import type { FieldPath } from '../../../../shared/editing/field-path';
import type { IdChange } from '../../../../shared/editing/id-changes';

const value = (path: FieldPath, before: unknown, after: unknown): IdChange => ({ kind: 'value', path, before, after });
const addRow = (id: string): IdChange => ({ kind: 'list', path: ['participants'], beforeIds: [], afterIds: [id], removed: [], added: [{ id }] });

const typing = (text: string, previous: string, at: number, path: FieldPath = ['meta', 'title']): HistoryEntry => ({
  changes: [value(path, previous, text)],
  at,
  isTyping: true,
});

describe('recordEdit', () => {
  it.each([
    ['typing on in the same field within the window', typing('ab', 'a', COALESCE_WINDOW_MS), 1],
    ['typing after a pause', typing('ab', 'a', COALESCE_WINDOW_MS + 1), 2],
    ['typing in another field', typing('x', '', 500, ['meta', 'organisation']), 2],
    ['a structural edit right after typing', { changes: [addRow('p-1')], at: 500, isTyping: false }, 2],
    ['the same value replaced by a click, not typing', { ...typing('ab', 'a', 500), isTyping: false }, 2],
  ])('%s', (_label, next, expectedEntries) => {
    const history = recordEdit(recordEdit(EMPTY_HISTORY, typing('a', '', 0)), next);
    expect(history.past).toHaveLength(expectedEntries);
  });

  it('folds typing into one entry that goes back to before the first letter and forward to the last', () => {
    let history = EMPTY_HISTORY;
    history = recordEdit(history, typing('P', '', 0));
    history = recordEdit(history, typing('Pi', 'P', 1000));
    history = recordEdit(history, typing('Pilot', 'Pi', 2500));
    expect(history.past).toEqual([
      { changes: [value(['meta', 'title'], '', 'Pilot')], at: 2500, isTyping: true },
    ]);
  });

  it('ignores an edit that changed nothing', () => {
    const history = recordEdit(EMPTY_HISTORY, { changes: [], at: 0, isTyping: false });
    expect(history).toBe(EMPTY_HISTORY);
  });

  it('clears redo when a new edit is made', () => {
    const undone = takeUndo(recordEdit(EMPTY_HISTORY, typing('a', '', 0)))!.history;
    expect(undone.future).toHaveLength(1);
    expect(recordEdit(undone, typing('b', '', 10_000)).future).toEqual([]);
  });

  it(`keeps the newest ${HISTORY_LIMIT} steps`, () => {
    let history = EMPTY_HISTORY;
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) history = recordEdit(history, typing(String(i), '', i * 10_000, ['n', String(i)]));
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect((history.past[0]?.changes[0] as { after: unknown }).after).toBe('5');
  });
});

describe('takeUndo and takeRedo', () => {
  const two = recordEdit(recordEdit(EMPTY_HISTORY, typing('a', '', 0)), typing('b', '', 10_000, ['meta', 'organisation']));

  it.each([
    ['undo on an empty history', () => takeUndo(EMPTY_HISTORY), null],
    ['redo on an empty history', () => takeRedo(EMPTY_HISTORY), null],
    ['redo with nothing undone', () => takeRedo(two), null],
  ])('%s gives nothing', (_label, take, expected) => {
    expect(take()).toBe(expected);
  });

  it('undoes the newest step first and redoes it back', () => {
    const undone = takeUndo(two)!;
    expect((undone.entry.changes[0] as { after: unknown }).after).toBe('b');
    expect(undone.history).toEqual({ past: [two.past[0]], future: [two.past[1]] });
    const redone = takeRedo(undone.history)!;
    expect(redone.entry).toBe(two.past[1]);
    expect(redone.history).toEqual(two);
  });
});

describe('followOwnEdit: this window’s own edit outside undo (the timer)', () => {
  const duration = (before: number, after: number, at: number): HistoryEntry => ({
    changes: [value(['room', 'timer', 'durationMs'], before, after)],
    at,
    isTyping: false,
  });
  const plusFive = [value(['room', 'timer', 'durationMs'], 600, 900)];
  const afterOf = (entry: HistoryEntry | undefined) => (entry?.changes[0] as { after: unknown } | undefined)?.after;
  const beforeOf = (entry: HistoryEntry | undefined) => (entry?.changes[0] as { before: unknown } | undefined)?.before;

  it('lets only the newest step that covers the value expect what the edit left', () => {
    const history = { past: [duration(0, 300, 0), duration(300, 600, 10_000)], future: [] };
    const followed = followOwnEdit(history, plusFive);
    expect(followed.past.map(afterOf)).toEqual([300, 900]);
    expect(followed.past.map(beforeOf)).toEqual([0, 300]);
  });

  it('moves what an undone step would be redone from', () => {
    const followed = followOwnEdit({ past: [], future: [duration(600, 1200, 0)] }, plusFive);
    expect(followed.future.map(beforeOf)).toEqual([900]);
    expect(followed.future.map(afterOf)).toEqual([1200]);
  });

  it.each([
    ['no step covers the value', { past: [typing('a', '', 0)], future: [] }],
    ['the history is empty', EMPTY_HISTORY],
  ])('changes nothing when %s', (_label, history) => {
    expect(followOwnEdit(history, plusFive)).toEqual(history);
  });
});
