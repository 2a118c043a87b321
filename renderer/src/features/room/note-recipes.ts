import type { Draft } from 'immer';
import { LIMITS } from '../../../../shared/domain/limits';
import type { Workshop } from '../../../../shared/domain/workshop';
import { addItem, updateItem } from '../../../../shared/editing/list-recipes';
import type { StageId } from '../../../../shared/method/stages';
import { withoutGroup } from '../../../../shared/room/note-groups';
import { ballotsWithoutNote } from '../../../../shared/room/votes';

/**
 * The note edits as immer recipes, each passed to useWorkshopEdit so it commits in one
 * transaction (and is one step for undo).
 */
type Recipe = (draft: Draft<Workshop>) => void;

/** A note that goes away gives its dots back, so an open vote's budget stays right. */
function dropNote(draft: Draft<Workshop>, noteId: string) {
  draft.room.notes = draft.room.notes.filter((note) => note.id !== noteId);
  for (const session of draft.room.votes.sessions) session.ballots = ballotsWithoutNote(session.ballots, noteId);
}

export const removeNote =
  (noteId: string): Recipe =>
  (draft) =>
    dropNote(draft, noteId);

/** Parking a note moves it to the parking lot, remembering the stage it came from. */
export const parkNote =
  (noteId: string, parkingId: string): Recipe =>
  (draft) => {
    const note = draft.room.notes.find((candidate) => candidate.id === noteId);
    if (!note) return;
    draft.room.parkingLot.push({ id: parkingId, text: note.text, stageId: note.stageId, resolved: false });
    dropNote(draft, noteId);
  };

export const moveNoteToGroup =
  (noteId: string, groupId: string | null): Recipe =>
  (draft) => {
    const note = draft.room.notes.find((candidate) => candidate.id === noteId);
    // A group of another stage, or one removed meanwhile, is not a place a note can go.
    const group = groupId === null ? null : draft.room.noteGroups.find((candidate) => candidate.id === groupId);
    if (!note || group === undefined || (group && group.stageId !== note.stageId)) return;
    note.groupId = groupId;
  };

export const removeGroup =
  (groupId: string): Recipe =>
  (draft) => {
    const { notes, noteGroups } = withoutGroup(draft.room, groupId);
    draft.room.notes = notes;
    draft.room.noteGroups = noteGroups;
  };

/** A note typed on a stage; past the limit nothing is added. */
export const addNote =
  (note: { id: string; stageId: StageId; text: string; authorParticipantId: string | null; createdAt: string }): Recipe =>
  (draft) =>
    void addItem(draft.room.notes, { ...note, groupId: null }, LIMITS.notes);

/** A new group on a stage, optionally with the note it was made from already in it. */
export const addGroup =
  (group: { id: string; stageId: StageId; label: string }, withNoteId?: string): Recipe =>
  (draft) => {
    if (!addItem(draft.room.noteGroups, group, LIMITS.noteGroups)) return;
    if (withNoteId !== undefined) updateItem(draft.room.notes, withNoteId, { groupId: group.id });
  };
