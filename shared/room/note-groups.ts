import type { Note, NoteGroup, Room } from '../domain/room';

/**
 * Grouping a stage's notes (affinity clustering). A note's group is a reference that may dangle
 * after an import or a removed group: such a note simply counts as ungrouped.
 */

export const stageNotes = (room: Pick<Room, 'notes'>, stageId: string): Note[] =>
  room.notes.filter((note) => note.stageId === stageId);

export const stageGroups = (room: Pick<Room, 'noteGroups'>, stageId: string): NoteGroup[] =>
  room.noteGroups.filter((group) => group.stageId === stageId);

export interface NoteCluster {
  /** null for the notes in no group. */
  readonly group: NoteGroup | null;
  readonly notes: readonly Note[];
}

/** Ungrouped notes first (where new notes land), then each group in the order it was made, empty ones too. */
export function clusterNotes(notes: readonly Note[], groups: readonly NoteGroup[]): NoteCluster[] {
  const known = new Set(groups.map((group) => group.id));
  const ungrouped = notes.filter((note) => note.groupId === null || !known.has(note.groupId));
  return [
    { group: null, notes: ungrouped },
    ...groups.map((group) => ({ group, notes: notes.filter((note) => note.groupId === group.id) })),
  ];
}

/** "Group 1", "Group 2"…: the first such label this stage does not use yet. */
export function nextGroupLabel(groups: readonly NoteGroup[]): string {
  const used = new Set(groups.map((group) => group.label.trim().toLowerCase()));
  for (let n = 1; ; n++) {
    const label = `Group ${n}`;
    if (!used.has(label.toLowerCase())) return label;
  }
}

/** Removing a group keeps its notes: they go back to ungrouped. */
export function withoutGroup(room: Pick<Room, 'notes' | 'noteGroups'>, groupId: string): Pick<Room, 'notes' | 'noteGroups'> {
  return {
    noteGroups: room.noteGroups.filter((group) => group.id !== groupId),
    notes: room.notes.map((note) => (note.groupId === groupId ? { ...note, groupId: null } : note)),
  };
}

/** A group label shown to the room, never blank. */
export const groupName = (group: NoteGroup, index: number): string => group.label.trim() || `Group ${index + 1}`;
