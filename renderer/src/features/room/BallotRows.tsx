import { Minus, Plus } from 'lucide-react';
import type { Note } from '../../../../shared/domain/room';
import { dotsLeft, type Ballot } from '../../../../shared/room/votes';

interface BallotRowsProps {
  readonly notes: readonly Note[];
  readonly numbers: ReadonlyMap<string, number>;
  readonly ballot: Ballot | undefined;
  readonly budget: number;
  readonly onAdd: (noteId: string) => void;
  readonly onRemove: (noteId: string) => void;
}

/**
 * One person's dots on the stage's notes. + is disabled once the budget is spent, and the edit
 * behind it (castDot) refuses a dot over budget as well, so a fast double click cannot sneak one in.
 */
export function BallotRows({ notes, numbers, ballot, budget, onAdd, onRemove }: BallotRowsProps) {
  const isSpent = dotsLeft(ballot, budget) === 0;
  return (
    <ul className="ballot-rows">
      {notes.map((note) => {
        const number = numbers.get(note.id) ?? 0;
        const dots = ballot?.[note.id] ?? 0;
        return (
          <li key={note.id} className={`ballot-row${dots > 0 ? ' has-dots' : ''}`}>
            <span className="ballot-text">{note.text.trim() || `Note ${number} (empty)`}</span>
            <span className="ballot-controls">
              <button
                type="button"
                className="icon-button dot-button"
                aria-label={`Remove a dot from note ${number}`}
                disabled={dots === 0}
                onClick={() => onRemove(note.id)}
              >
                <Minus aria-hidden="true" size={20} />
              </button>
              <span className="ballot-dots" aria-label={`${dots} ${dots === 1 ? 'dot' : 'dots'} on note ${number}`} role="img">
                {Array.from({ length: dots }, (_, index) => (
                  <span key={index} className="dot" />
                ))}
                <span className="ballot-dots-number" aria-hidden="true">
                  {dots}
                </span>
              </span>
              <button
                type="button"
                className="icon-button dot-button"
                aria-label={`Add a dot to note ${number}`}
                disabled={isSpent}
                onClick={() => onAdd(note.id)}
              >
                <Plus aria-hidden="true" size={20} />
              </button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export const dotsLeftText = (ballot: Ballot | undefined, budget: number): string =>
  `${dotsLeft(ballot, budget)} of ${budget} ${budget === 1 ? 'dot' : 'dots'} left`;
