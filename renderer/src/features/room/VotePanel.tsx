import { Eye, Laptop, Vote } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { LIMITS } from '../../../../shared/domain/limits';
import type { Workshop } from '../../../../shared/domain/workshop';
import type { StageId } from '../../../../shared/method/stages';
import { stageNotes } from '../../../../shared/room/note-groups';
import { applyPromotion, noteTitle, PROMOTE_DESTINATIONS, promoteNote, type PromoteTarget } from '../../../../shared/room/promote';
import { ballotsCast, currentVote, DEFAULT_VOTE_BUDGET, parseBudget, tally, type TallyRow } from '../../../../shared/room/votes';
import { localDate, newId, nowIso } from '../../db/ids';
import { showToast } from '../../ui/toasts';
import type { WorkshopEdit } from '../../editing/useWorkshopEdit';
import { BallotRows, dotsLeftText } from './BallotRows';
import { voters as votersOf } from './note-author';
import { PassTheLaptopDialog } from './PassTheLaptopDialog';
import { VoteResults } from './VoteResults';
import { changeDot, discardVote, revealVote, startVote } from './vote-recipes';

interface VotePanelProps {
  readonly workshop: Workshop;
  readonly stageId: StageId;
  readonly edit: WorkshopEdit;
}

/** Dot voting on the stage's notes: start, record ballots (or pass the laptop), reveal, promote. */
export function VotePanel({ workshop, stageId, edit }: VotePanelProps) {
  const headingId = useId();
  const notes = stageNotes(workshop.room, stageId);
  const numbers = new Map(notes.map((note, index) => [note.id, index + 1]));
  const session = currentVote(workshop.room.votes.sessions, stageId);
  const people = votersOf(workshop.participants).map(({ participant, name }) => ({ id: participant.id, name }));
  const [chosen, setChosen] = useState<string | null>(null);
  const [isPassing, setIsPassing] = useState(false);
  const [isStarting, setIsStarting] = useState(false);
  const [isConfirmingDiscard, setIsConfirmingDiscard] = useState(false);
  // The confirm replaces the button that asked for it: keep the keyboard focus on the choice.
  const keepVoting = useRef<HTMLButtonElement>(null);
  const askDiscard = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (isConfirmingDiscard) keepVoting.current?.focus();
    else if (wasConfirming.current) askDiscard.current?.focus();
    wasConfirming.current = isConfirmingDiscard;
  }, [isConfirmingDiscard]);
  // A vote needs something to choose between; an earlier vote stays visible whatever happens.
  if (notes.length < 2 && !session) return null;

  const voterId = people.some((p) => p.id === chosen) ? chosen : (people[0]?.id ?? null);

  const dot = (participantId: string, noteId: string, direction: 'add' | 'remove') => {
    if (session) void edit(changeDot(session.id, participantId, noteId, direction));
  };

  const reveal = () => {
    if (session) void edit(revealVote(session.id));
  };

  const discard = () => {
    setIsConfirmingDiscard(false);
    if (session) void edit(discardVote(session.id));
  };

  const promote = (row: TallyRow, target: PromoteTarget) => {
    const promotion = promoteNote(row.note, target, { id: newId(), today: localDate() });
    let isAdded = false;
    void edit((draft) => {
      isAdded = applyPromotion(draft, promotion);
    }).then((isStored) => {
      // A write that failed has already said why; "added" or "full" would be a second, wrong message.
      if (!isStored) return;
      showToast(
        isAdded
          ? { message: `“${noteTitle(row.note.text, 50)}” added to ${PROMOTE_DESTINATIONS[target]}.`, tone: 'success' }
          : { message: 'That list is full, so nothing was added. Remove an item there first.', tone: 'error' },
      );
    });
  };

  const isOpen = session?.status === 'open';
  return (
    <section className="card vote-panel" aria-labelledby={headingId}>
      <div className="card-head">
        <h2 id={headingId}>Dot vote</h2>
        {session && (
          <p className="room-count">
            {isOpen ? 'Open' : 'Results'} · {session.budgetPerPerson} {session.budgetPerPerson === 1 ? 'dot' : 'dots'} per person ·{' '}
            {ballotsCast(session)} of {people.length} voted
          </p>
        )}
      </div>

      {isOpen && session && (
        <>
          {people.length === 0 ? (
            <p className="empty-note">Add the people in the room (stage 0, Setup) to record their dots.</p>
          ) : (
            <>
              <p className="muted">Results stay hidden until you reveal them, so early dots do not steer later ones.</p>
              <div className="vote-toolbar">
                <div className="field">
                  <label htmlFor={`${headingId}-voter`}>Dots of</label>
                  <select id={`${headingId}-voter`} value={voterId ?? ''} onChange={(event) => setChosen(event.target.value)}>
                    {people.map((person) => (
                      <option key={person.id} value={person.id}>
                        {person.name}
                      </option>
                    ))}
                  </select>
                </div>
                <p className="dots-left" aria-live="polite">
                  {voterId ? dotsLeftText(session.ballots[voterId], session.budgetPerPerson) : ''}
                </p>
                <button type="button" className="button" onClick={() => setIsPassing(true)}>
                  <Laptop aria-hidden="true" size={18} />
                  Pass the laptop
                </button>
              </div>
              {/* While the laptop goes round, no ballot shows behind the dialog's see-through backdrop. */}
              {voterId && !isPassing && (
                <BallotRows
                  notes={notes}
                  numbers={numbers}
                  ballot={session.ballots[voterId]}
                  budget={session.budgetPerPerson}
                  onAdd={(noteId) => dot(voterId, noteId, 'add')}
                  onRemove={(noteId) => dot(voterId, noteId, 'remove')}
                />
              )}
            </>
          )}
          {isConfirmingDiscard ? (
            <div className="vote-actions" role="group" aria-label="Confirm discarding the vote">
              <p className="vote-confirm">Discard every dot in this vote?</p>
              <button type="button" className="button" ref={keepVoting} onClick={() => setIsConfirmingDiscard(false)}>
                Keep voting
              </button>
              <button type="button" className="button danger" onClick={discard}>
                Discard the vote
              </button>
            </div>
          ) : (
            <div className="vote-actions">
              <button type="button" className="button" ref={askDiscard} onClick={() => setIsConfirmingDiscard(true)}>
                Discard this vote
              </button>
              <button type="button" className="button primary" onClick={reveal}>
                <Eye aria-hidden="true" size={18} />
                Reveal results
              </button>
            </div>
          )}
          {isPassing && (
            <PassTheLaptopDialog
              session={session}
              voters={people}
              notes={notes}
              numbers={numbers}
              onAdd={(participantId, noteId) => dot(participantId, noteId, 'add')}
              onRemove={(participantId, noteId) => dot(participantId, noteId, 'remove')}
              onClose={() => setIsPassing(false)}
            />
          )}
        </>
      )}

      {session?.status === 'revealed' && <VoteResults rows={tally(session, notes)} numbers={numbers} onPromote={promote} />}

      {!isOpen &&
        (session && !isStarting ? (
          <button type="button" className="button" onClick={() => setIsStarting(true)}>
            <Vote aria-hidden="true" size={18} />
            Start another vote
          </button>
        ) : (
          <StartVoteForm
            isFull={workshop.room.votes.sessions.length >= LIMITS.voteSessions}
            onStart={(budget) => {
              setIsStarting(false);
              void edit(startVote(newId(), stageId, budget, nowIso()));
            }}
          />
        ))}
    </section>
  );
}

function StartVoteForm({ isFull, onStart }: { isFull: boolean; onStart: (budget: number) => void }) {
  const id = useId();
  const [budget, setBudget] = useState(String(DEFAULT_VOTE_BUDGET));
  const [problem, setProblem] = useState('');
  return (
    <form
      className="start-vote"
      aria-label="Start a dot vote"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parseBudget(budget);
        if (!parsed.ok) {
          setProblem(parsed.message);
          return;
        }
        setProblem('');
        onStart(parsed.budget);
      }}
    >
      <div className="field">
        <label htmlFor={id}>Dots per person</label>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={1}
          max={LIMITS.voteBudget}
          value={budget}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => setBudget(event.target.value)}
        />
      </div>
      <button type="submit" className="button primary" disabled={isFull}>
        <Vote aria-hidden="true" size={18} />
        Start a vote
      </button>
      {problem && (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
