import { updateItem } from '../../../../shared/editing/list-recipes';
import type { WorkshopRecipe } from '../../../../shared/editing/workshop-recipe';
import type { StageId } from '../../../../shared/method/stages';
import { castDot, removeDot } from '../../../../shared/room/votes';

/** The dot-vote edits; a session that is gone (or no longer open, for dots) makes them a no-op. */

/** One vote at a time per stage: a second open session is never started. */
export const startVote =
  (id: string, stageId: StageId, budgetPerPerson: number, createdAt: string): WorkshopRecipe =>
  (draft) => {
    const { sessions } = draft.room.votes;
    if (sessions.some((s) => s.stageId === stageId && s.status === 'open')) return;
    sessions.push({ id, stageId, budgetPerPerson, status: 'open', ballots: {}, createdAt });
  };

/** Adds or takes back one dot; a dot past the budget changes nothing. */
export const changeDot =
  (sessionId: string, participantId: string, noteId: string, direction: 'add' | 'remove'): WorkshopRecipe =>
  (draft) =>
    void updateItem(draft.room.votes.sessions, sessionId, (session) => {
      if (session.status !== 'open') return;
      const ballot = session.ballots[participantId];
      const change = direction === 'add' ? castDot(ballot, noteId, session.budgetPerPerson) : removeDot(ballot, noteId);
      if (change.ok) session.ballots[participantId] = { ...change.ballot };
    });

export const revealVote = (sessionId: string): WorkshopRecipe => (draft) => void updateItem(draft.room.votes.sessions, sessionId, { status: 'revealed' });

export const discardVote =
  (sessionId: string): WorkshopRecipe =>
  (draft) => {
    draft.room.votes.sessions = draft.room.votes.sessions.filter((s) => s.id !== sessionId);
  };
