import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { createWorkshop } from '../../../shared/domain/create-workshop';
import type { Note } from '../../../shared/domain/room';
import { WorkshopSchema, type Workshop } from '../../../shared/domain/workshop';
import { moveNoteToGroup, parkNote, removeGroup, removeNote } from '../../../renderer/src/features/room/note-recipes';

let counter = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

/** Two notes on Standards (one in a group), a group on Cost, and an open vote with dots on both notes. */
function room(): { workshop: Workshop; a: string; b: string; standardsGroup: string; costGroup: string; voter: string } {
  const workshop = createWorkshop({ id: uuid(), now: '2026-11-26T08:00:00.000Z', template: 'full', title: 'Recipes', newId: uuid });
  const [a, b, standardsGroup, costGroup, voter] = [uuid(), uuid(), uuid(), uuid(), uuid()];
  const note = (id: string, groupId: string | null): Note => ({
    id,
    stageId: 'standards',
    text: `Note ${id.slice(-2)}`,
    authorParticipantId: null,
    groupId,
    createdAt: '2026-11-26T08:00:00.000Z',
  });
  workshop.room.notes = [note(a, standardsGroup), note(b, null)];
  workshop.room.noteGroups = [
    { id: standardsGroup, stageId: 'standards', label: 'Security' },
    { id: costGroup, stageId: 'cost', label: 'Budget' },
  ];
  workshop.room.votes.sessions = [
    { id: uuid(), stageId: 'standards', budgetPerPerson: 3, status: 'open', ballots: { [voter]: { [a]: 2, [b]: 1 } }, createdAt: '2026-11-26T08:00:00.000Z' },
  ];
  return { workshop, a, b, standardsGroup, costGroup, voter };
}

describe('note edits', () => {
  it('parking a note moves its text to the parking lot with its stage and gives its dots back', () => {
    const { workshop, a, b, voter } = room();
    const parkingId = uuid();
    const after = produce(workshop, parkNote(a, parkingId));
    expect(after.room.notes.map((n) => n.id)).toEqual([b]);
    expect(after.room.parkingLot).toEqual([{ id: parkingId, text: workshop.room.notes[0]!.text, stageId: 'standards', resolved: false }]);
    expect(after.room.votes.sessions[0]!.ballots[voter]).toEqual({ [b]: 1 });
    expect(WorkshopSchema.safeParse(after).success).toBe(true);
  });

  it('removing a note gives its dots back too', () => {
    const { workshop, a, b, voter } = room();
    const after = produce(workshop, removeNote(b));
    expect(after.room.notes.map((n) => n.id)).toEqual([a]);
    expect(after.room.votes.sessions[0]!.ballots[voter]).toEqual({ [a]: 2 });
  });

  it.each<[string, (ids: ReturnType<typeof room>) => [string, string | null], string | null]>([
    ['into a group of its stage', ({ b, standardsGroup }) => [b, standardsGroup], 'standards-group'],
    ['out of its group', ({ a }) => [a, null], null],
    ['never into another stage’s group', ({ b, costGroup }) => [b, costGroup], 'unchanged'],
    ['never into a group that is gone', ({ b }) => [b, uuid()], 'unchanged'],
  ])('moves a note %s', (_, pick, expected) => {
    const ids = room();
    const [noteId, groupId] = pick(ids);
    const before = ids.workshop.room.notes.find((n) => n.id === noteId)!.groupId;
    const after = produce(ids.workshop, moveNoteToGroup(noteId, groupId));
    const now = after.room.notes.find((n) => n.id === noteId)!.groupId;
    expect(now).toBe(expected === 'standards-group' ? ids.standardsGroup : expected === 'unchanged' ? before : null);
  });

  it('removing a group keeps its notes, ungrouped', () => {
    const { workshop, a, standardsGroup, costGroup } = room();
    const after = produce(workshop, removeGroup(standardsGroup));
    expect(after.room.noteGroups.map((g) => g.id)).toEqual([costGroup]);
    expect(after.room.notes.find((n) => n.id === a)?.groupId).toBeNull();
  });
});
