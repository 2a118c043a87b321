import { useCallback, useId, useMemo, useState, type DragEvent } from 'react';
import { LIMITS } from '../../../../shared/domain/limits';
import type { Workshop } from '../../../../shared/domain/workshop';
import type { StageId } from '../../../../shared/method/stages';
import { clusterNotes, groupName, nextGroupLabel, stageGroups, stageNotes, type NoteCluster } from '../../../../shared/room/note-groups';
import { newId, nowIso } from '../../db/ids';
import { AddButton } from '../../ui/AddButton';
import { RemoveButton } from '../../ui/RemoveButton';
import { showToast } from '../../ui/toasts';
import { AutosaveField } from '../../editing/AutosaveField';
import { requestFieldFocus } from '../../editing/field-focus';
import type { WorkshopEdit } from '../../editing/useWorkshopEdit';
import { NEW_GROUP, NO_GROUP, NOTE_DRAG_TYPE, NoteCard } from './NoteCard';
import { NoteComposer } from './NoteComposer';
import { moveNoteToGroup, parkNote, removeGroup, removeNote } from './note-recipes';

interface RoomNotesProps {
  readonly workshop: Workshop;
  readonly stageId: StageId;
  readonly edit: WorkshopEdit;
}

const UNGROUPED_TARGET = 'ungrouped';

/** The stage's wall of notes: a composer, then the notes, ungrouped first and then by group. */
export function RoomNotes({ workshop, stageId, edit }: RoomNotesProps) {
  const headingId = useId();
  // Memoised on the stored lists (which keep their identity between reads when unchanged), so a
  // commit elsewhere hands the note cards the same props and they skip re-rendering.
  const allNotes = workshop.room.notes;
  const allGroups = workshop.room.noteGroups;
  const notes = useMemo(() => stageNotes({ notes: allNotes }, stageId), [allNotes, stageId]);
  const groups = useMemo(() => stageGroups({ noteGroups: allGroups }, stageId), [allGroups, stageId]);
  const numbers = useMemo(() => new Map(notes.map((note, index) => [note.id, index + 1])), [notes]);
  const clusters = useMemo(() => clusterNotes(notes, groups), [notes, groups]);
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const canAddGroup = allGroups.length < LIMITS.noteGroups;

  const addNote = (text: string, authorParticipantId: string | null) =>
    edit((draft) => {
      if (draft.room.notes.length >= LIMITS.notes) return;
      draft.room.notes.push({ id: newId(), stageId, text, authorParticipantId, groupId: null, createdAt: nowIso() });
    });

  /** A new group, named "Group n" with its name field focused so the room can rename it at once. */
  const addGroup = useCallback(
    (withNoteId?: string) => {
      if (!canAddGroup) return;
      const id = newId();
      requestFieldFocus(['room', 'noteGroups', { id }, 'label']);
      void edit((draft) => {
        draft.room.noteGroups.push({ id, stageId, label: nextGroupLabel(groups) });
        const note = draft.room.notes.find((candidate) => candidate.id === withNoteId);
        if (note) note.groupId = id;
      });
    },
    [canAddGroup, edit, stageId, groups],
  );

  // The card handlers: stable across commits, taking the note's id (NoteCard is memoised).
  const chooseGroup = useCallback(
    (noteId: string, choice: string) => {
      if (choice === NEW_GROUP) addGroup(noteId);
      else void edit(moveNoteToGroup(noteId, choice === NO_GROUP ? null : choice));
    },
    [addGroup, edit],
  );
  const park = useCallback(
    (noteId: string) => {
      void edit(parkNote(noteId, newId())).then(() =>
        showToast({ message: 'Note moved to the parking lot.', tone: 'success' }),
      );
    },
    [edit],
  );
  const remove = useCallback((noteId: string) => void edit(removeNote(noteId)), [edit]);
  const endDrag = useCallback(() => {
    setDragging(null);
    setDropTarget(null);
  }, []);

  const dropZone = (key: string, groupId: string | null) => ({
    onDragOver: (event: DragEvent) => {
      if (!dragging || !event.dataTransfer.types.includes(NOTE_DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      setDropTarget(key);
    },
    onDragLeave: (event: DragEvent) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropTarget(null);
    },
    onDrop: (event: DragEvent) => {
      const noteId = event.dataTransfer.getData(NOTE_DRAG_TYPE);
      setDropTarget(null);
      setDragging(null);
      if (!noteId) return;
      event.preventDefault();
      void edit(moveNoteToGroup(noteId, groupId));
    },
  });

  const renderNotes = (cluster: NoteCluster) => (
    <ul className="note-grid">
      {cluster.notes.map((note) => (
        <NoteCard
          key={note.id}
          workshopId={workshop.id}
          note={note}
          number={numbers.get(note.id) ?? 0}
          groups={groups}
          participants={workshop.participants}
          onGroup={chooseGroup}
          onPark={park}
          onRemove={remove}
          onDragStart={setDragging}
          onDragEnd={endDrag}
        />
      ))}
    </ul>
  );

  const count = `${notes.length} ${notes.length === 1 ? 'note' : 'notes'}${groups.length > 0 ? ` · ${groups.length} ${groups.length === 1 ? 'group' : 'groups'}` : ''}`;
  return (
    <section className="card room-notes" aria-labelledby={headingId}>
      <div className="card-head">
        <h2 id={headingId}>Room notes</h2>
        {notes.length > 0 && <p className="room-count">{count}</p>}
      </div>
      <NoteComposer participants={workshop.participants} isFull={workshop.room.notes.length >= LIMITS.notes} onAdd={addNote} />
      {notes.length === 0 && groups.length === 0 ? (
        <p className="empty-note">No notes on this stage yet. Capture what the room says, one idea per note.</p>
      ) : (
        clusters.map((cluster) => {
          if (cluster.group === null) {
            if (groups.length === 0) return <div key="ungrouped">{renderNotes(cluster)}</div>;
            return (
              <section
                key="ungrouped"
                className={`note-cluster is-ungrouped${dropTarget === UNGROUPED_TARGET ? ' is-drop-target' : ''}`}
                aria-label="Notes not in a group"
                {...dropZone(UNGROUPED_TARGET, null)}
              >
                <h3 className="note-cluster-title">Not in a group</h3>
                {cluster.notes.length === 0 ? <p className="muted note-cluster-empty">Every note is in a group.</p> : renderNotes(cluster)}
              </section>
            );
          }
          const group = cluster.group;
          const index = groups.indexOf(group);
          const name = groupName(group, index);
          return (
            <section
              key={group.id}
              className={`note-cluster${dropTarget === group.id ? ' is-drop-target' : ''}`}
              aria-label={`Group: ${name}`}
              {...dropZone(group.id, group.id)}
            >
              <div className="note-cluster-head">
                <AutosaveField
                  workshopId={workshop.id}
                  path={['room', 'noteGroups', { id: group.id }, 'label']}
                  value={group.label}
                  label={`Name of group ${index + 1}`}
                  hideLabel
                  maxLength={LIMITS.shortText}
                />
                <span className="room-count">{cluster.notes.length === 1 ? '1 note' : `${cluster.notes.length} notes`}</span>
                <RemoveButton label={`Remove group ${name}`} onClick={() => void edit(removeGroup(group.id))} />
              </div>
              {cluster.notes.length === 0 ? (
                <p className="muted note-cluster-empty">Drag notes here, or choose this group on a note.</p>
              ) : (
                renderNotes(cluster)
              )}
            </section>
          );
        })
      )}
      {notes.length > 0 && (
        <AddButton onClick={() => addGroup()} disabled={!canAddGroup}>
          New group
        </AddButton>
      )}
    </section>
  );
}
