import { GripVertical, SquareParking } from 'lucide-react';
import { memo, type DragEvent } from 'react';
import type { Participant } from '../../../../shared/domain/participants';
import type { Note, NoteGroup } from '../../../../shared/domain/room';
import { groupName } from '../../../../shared/room/note-groups';
import { RemoveButton } from '../../ui/RemoveButton';
import { AutosaveField } from '../../editing/AutosaveField';
import { ChoiceField } from '../../editing/ChoiceField';
import { noteAuthor, teamClass } from './note-author';

export const NO_GROUP = '';
export const NEW_GROUP = 'new-group';
/** Our own drag type: a dragged note never drops its id as text into a field. */
export const NOTE_DRAG_TYPE = 'application/x-endfirst-note';

interface NoteCardProps {
  readonly workshopId: string;
  readonly note: Note;
  readonly number: number;
  readonly groups: readonly NoteGroup[];
  readonly participants: readonly Participant[];
  /** The handlers take the note's id, so one stable function serves every card (see memo below). */
  readonly onGroup: (noteId: string, groupId: string) => void;
  readonly onPark: (noteId: string) => void;
  readonly onRemove: (noteId: string) => void;
  readonly onDragStart: (noteId: string) => void;
  readonly onDragEnd: () => void;
}

/**
 * One sticky note: the text is edited in place; the stripe shows the author's team and the label
 * names it, so colour is never the only cue. Grouping works from the keyboard (the select) and by
 * dragging the grip onto a group.
 *
 * Memoised: a stage can hold hundreds of notes, and a commit elsewhere in the workshop (a keystroke
 * in a stage field) must not re-render them. That works because useWorkshop keeps unchanged notes
 * identical between reads and RoomNotes passes stable handlers.
 */
export const NoteCard = memo(function NoteCard({ workshopId, note, number, groups, participants, onGroup, onPark, onRemove, onDragStart, onDragEnd }: NoteCardProps) {
  const author = noteAuthor(note, participants);
  const options = [
    { value: NO_GROUP, label: 'No group' },
    ...groups.map((group, index) => ({ value: group.id, label: groupName(group, index) })),
    { value: NEW_GROUP, label: 'New group…' },
  ];
  const current = groups.some((group) => group.id === note.groupId) ? (note.groupId ?? NO_GROUP) : NO_GROUP;

  const startDrag = (event: DragEvent<HTMLElement>) => {
    event.dataTransfer.setData(NOTE_DRAG_TYPE, note.id);
    event.dataTransfer.effectAllowed = 'move';
    const card = event.currentTarget.closest('.note-card');
    if (card) event.dataTransfer.setDragImage(card, 24, 24);
    onDragStart(note.id);
  };

  return (
    <li className={`note-card ${teamClass(author.team)}`} data-note-id={note.id}>
      <div className="note-card-head">
        <span className="note-grip" draggable onDragStart={startDrag} onDragEnd={onDragEnd} title="Drag onto a group" aria-hidden="true">
          <GripVertical size={18} />
        </span>
        <span className="note-author">
          <span className="team-dot" aria-hidden="true" />
          {author.name}
          {author.teamLabel && <span className="note-team"> · {author.teamLabel}</span>}
        </span>
      </div>
      <AutosaveField
        workshopId={workshopId}
        path={['room', 'notes', { id: note.id }, 'text']}
        value={note.text}
        label={`Note ${number}`}
        hideLabel
        multiline
        rows={3}
      />
      <div className="note-card-tools">
        <ChoiceField<string>
          path={['room', 'notes', { id: note.id }, 'groupId']}
          label={`Group of note ${number}`}
          hideLabel
          value={current}
          options={options}
          onChange={(choice) => onGroup(note.id, choice)}
        />
        <button type="button" className="icon-button" aria-label={`Park note ${number}`} title="Move to the parking lot" onClick={() => onPark(note.id)}>
          <SquareParking aria-hidden="true" size={20} />
        </button>
        <RemoveButton label={`Remove note ${number}`} onClick={() => onRemove(note.id)} />
      </div>
    </li>
  );
});
