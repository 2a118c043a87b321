import { useState } from 'react';
import type { Note, VoteSession } from '../../../../shared/domain/room';
import { Modal } from '../../ui/Modal';
import { BallotRows, dotsLeftText } from './BallotRows';

interface PassTheLaptopDialogProps {
  readonly session: VoteSession;
  readonly voters: readonly { readonly id: string; readonly name: string }[];
  readonly notes: readonly Note[];
  readonly numbers: ReadonlyMap<string, number>;
  readonly onAdd: (participantId: string, noteId: string) => void;
  readonly onRemove: (participantId: string, noteId: string) => void;
  readonly onClose: () => void;
}

/**
 * The laptop goes round the table: one person at a time sees only their own dots, so early votes
 * do not steer later ones. The dialog is modal: nothing behind it (other ballots) can be reached.
 */
export function PassTheLaptopDialog({ session, voters, notes, numbers, onAdd, onRemove, onClose }: PassTheLaptopDialogProps) {
  const [turn, setTurn] = useState(0);
  const voter = voters[turn];
  if (!voter) return null;
  const ballot = session.ballots[voter.id];
  const isLast = turn === voters.length - 1;
  const budget = session.budgetPerPerson;
  return (
    <Modal titleId="laptop-title" descriptionId="laptop-description" onClose={onClose} className="laptop-dialog">
      <p className="laptop-turn">
        Person {turn + 1} of {voters.length}
      </p>
      <h2 id="laptop-title" key={voter.id}>
        {voter.name} — {budget} {budget === 1 ? 'dot' : 'dots'}
      </h2>
      <p id="laptop-description" className="muted">
        Put your dots on the notes that matter most. Nobody else’s dots are shown.
      </p>
      <p className="dots-left" aria-live="polite">
        {dotsLeftText(ballot, budget)}
      </p>
      <BallotRows
        notes={notes}
        numbers={numbers}
        ballot={ballot}
        budget={budget}
        onAdd={(noteId) => onAdd(voter.id, noteId)}
        onRemove={(noteId) => onRemove(voter.id, noteId)}
      />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Stop passing
        </button>
        <button
          type="button"
          className="button primary"
          onClick={() => (isLast ? onClose() : setTurn(turn + 1))}
        >
          {isLast ? 'Done — everyone has voted' : 'Done — next person'}
        </button>
      </div>
    </Modal>
  );
}
