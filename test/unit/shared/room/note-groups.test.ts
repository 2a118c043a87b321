import { describe, expect, it } from 'vitest';
import type { Note, NoteGroup } from '../../../../shared/domain/room';
import { clusterNotes, groupName, nextGroupLabel, stageGroups, stageNotes, withoutGroup } from '../../../../shared/room/note-groups';

const note = (id: string, groupId: string | null, stageId: Note['stageId'] = 'cost'): Note => ({
  id,
  stageId,
  text: id,
  authorParticipantId: null,
  groupId,
  createdAt: '2026-11-26T08:00:00.000Z',
});
const group = (id: string, label: string, stageId: NoteGroup['stageId'] = 'cost'): NoteGroup => ({ id, stageId, label });

describe('a stage’s notes and groups', () => {
  const room = { notes: [note('a', null), note('b', null, 'pilot')], noteGroups: [group('g', 'G'), group('h', 'H', 'pilot')] };
  it('keeps only the stage asked for', () => {
    expect(stageNotes(room, 'cost').map((n) => n.id)).toEqual(['a']);
    expect(stageGroups(room, 'pilot').map((g) => g.id)).toEqual(['h']);
  });
});

describe('clustering notes', () => {
  it.each<[string, Note[], NoteGroup[], [string | null, string[]][]]>([
    ['no groups', [note('a', null), note('b', null)], [], [[null, ['a', 'b']]]],
    [
      'ungrouped first, then groups in order, empty ones too',
      [note('a', 'g2'), note('b', null), note('c', 'g1'), note('d', 'g2')],
      [group('g1', 'Cost'), group('g2', 'Risk'), group('g3', 'Empty')],
      [[null, ['b']], ['g1', ['c']], ['g2', ['a', 'd']], ['g3', []]],
    ],
    ['a note in a removed group counts as ungrouped', [note('a', 'gone')], [group('g1', 'Cost')], [[null, ['a']], ['g1', []]]],
  ])('%s', (_, notes, groups, expected) => {
    expect(clusterNotes(notes, groups).map((c) => [c.group?.id ?? null, c.notes.map((n) => n.id)])).toEqual(expected);
  });
});

describe('the next group label', () => {
  it.each<[string[], string]>([
    [[], 'Group 1'],
    [['Group 1'], 'Group 2'],
    [['group 1', 'Group 3'], 'Group 2'],
    [['Data'], 'Group 1'],
  ])('after %j is %s', (labels, expected) => {
    expect(nextGroupLabel(labels.map((label, i) => group(`g${i}`, label)))).toBe(expected);
  });
});

describe('removing a group', () => {
  it('keeps its notes, ungrouped, and leaves other groups alone', () => {
    const room = { notes: [note('a', 'g1'), note('b', 'g2'), note('c', null)], noteGroups: [group('g1', 'A'), group('g2', 'B')] };
    const after = withoutGroup(room, 'g1');
    expect(after.noteGroups.map((g) => g.id)).toEqual(['g2']);
    expect(after.notes.map((n) => [n.id, n.groupId])).toEqual([['a', null], ['b', 'g2'], ['c', null]]);
    expect(room.notes[0]?.groupId).toBe('g1');
  });
});

describe('a group’s name', () => {
  it.each<[string, number, string]>([
    ['Data quality', 0, 'Data quality'],
    ['  ', 2, 'Group 3'],
  ])('"%s" at %i reads "%s"', (label, index, expected) => {
    expect(groupName(group('g', label), index)).toBe(expected);
  });
});
