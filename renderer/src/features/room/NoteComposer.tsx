import { useEffect, useId, useRef, useState } from 'react';
import type { Participant } from '../../../../shared/domain/participants';
import { LIMITS } from '../../../../shared/domain/limits';
import { COMMAND_ACCELERATORS, describeAccelerator } from '../../../../shared/commands';
import { useHost } from '../../host/HostContext';
import { isMacPlatform } from '../../host/platform';
import { participantName, ROOM_AUTHOR } from './note-author';

interface NoteComposerProps {
  readonly participants: readonly Participant[];
  readonly isFull: boolean;
  /** Resolves false when the note could not be stored (the edit has said why). */
  readonly onAdd: (text: string, authorParticipantId: string | null) => Promise<boolean>;
}

/**
 * Type, Enter: the note is on the wall. Shift+Enter starts a new line. The author stays chosen
 * between notes, because one person often calls out several in a row. Ctrl/Cmd+Shift+Enter
 * (room:new-note) brings the cursor here from anywhere on the stage.
 */
export function NoteComposer({ participants, isFull, onAdd }: NoteComposerProps) {
  const host = useHost();
  const fieldId = useId();
  const authorId = useId();
  const hintId = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [author, setAuthor] = useState(ROOM_AUTHOR);
  const [problem, setProblem] = useState('');

  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command !== 'room:new-note' || !field.current) return;
        field.current.scrollIntoView({ block: 'center' });
        field.current.focus();
      }),
    [host],
  );

  const add = async () => {
    const trimmed = text.trim();
    if (trimmed === '') {
      setProblem('Write the note first.');
      return;
    }
    setProblem('');
    setText('');
    const isAdded = await onAdd(trimmed, participants.some((p) => p.id === author) ? author : null);
    // A note that could not be stored goes back into the field rather than vanishing.
    if (!isAdded) setText((current) => (current === '' ? trimmed : current));
    field.current?.focus();
  };

  return (
    <form
      className="note-composer"
      aria-label="Add a note"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <div className="field note-composer-text">
        <label htmlFor={fieldId}>New note</label>
        <textarea
          id={fieldId}
          ref={field}
          rows={2}
          value={text}
          maxLength={LIMITS.longText}
          disabled={isFull}
          aria-describedby={hintId}
          aria-invalid={problem ? true : undefined}
          placeholder="What did the room just say?"
          onChange={(event) => {
            setText(event.target.value);
            if (problem) setProblem('');
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
            event.preventDefault();
            void add();
          }}
        />
        <p id={hintId} className="field-hint">
          {isFull
            ? 'This workshop holds as many notes as it can.'
            : `Enter adds the note · Shift+Enter for a new line · ${describeAccelerator(COMMAND_ACCELERATORS['room:new-note'], isMacPlatform())} brings you here`}
        </p>
        {problem && (
          <p className="field-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
      <div className="field note-composer-author">
        <label htmlFor={authorId}>Author</label>
        <select id={authorId} value={author} onChange={(event) => setAuthor(event.target.value)}>
          <option value={ROOM_AUTHOR}>The room</option>
          {participants.map((participant, index) => (
            <option key={participant.id} value={participant.id}>
              {participantName(participant, index)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button primary note-composer-add" disabled={isFull}>
        Add note
      </button>
    </form>
  );
}
