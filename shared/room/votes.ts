import { LIMITS } from '../domain/limits';
import type { Note, VoteSession } from '../domain/room';

/**
 * Dot voting (shared/method/METHOD.md, issue 5): each person spreads a small budget of dots over a stage's
 * notes. The schema only bounds one count; the budget per person is enforced here, so the UI and
 * any other caller refuse the same fourth dot.
 */

/** One participant's dots: note id -> dots on it. Notes without dots are absent. */
export type Ballot = Readonly<Record<string, number>>;

export const DEFAULT_VOTE_BUDGET = 3;
export const MIN_VOTE_BUDGET = 1;
export const MAX_VOTE_BUDGET = LIMITS.voteBudget;

export type DotRefusal = 'over-budget' | 'no-dot-to-remove';

/** A changed ballot, or the unchanged one with the reason it was refused. */
export type DotChange =
  | { readonly ok: true; readonly ballot: Ballot }
  | { readonly ok: false; readonly ballot: Ballot; readonly reason: DotRefusal };

export const dotsUsed = (ballot: Ballot | undefined): number =>
  Object.values(ballot ?? {}).reduce((sum, dots) => sum + dots, 0);

export const dotsLeft = (ballot: Ballot | undefined, budget: number): number => Math.max(0, budget - dotsUsed(ballot));

export function castDot(ballot: Ballot | undefined, noteId: string, budget: number): DotChange {
  const current = ballot ?? {};
  if (dotsUsed(current) >= budget) return { ok: false, ballot: current, reason: 'over-budget' };
  return { ok: true, ballot: { ...current, [noteId]: (current[noteId] ?? 0) + 1 } };
}

export function removeDot(ballot: Ballot | undefined, noteId: string): DotChange {
  const current = ballot ?? {};
  const dots = current[noteId] ?? 0;
  if (dots <= 0) return { ok: false, ballot: current, reason: 'no-dot-to-remove' };
  const next = { ...current };
  if (dots === 1) delete next[noteId];
  else next[noteId] = dots - 1;
  return { ok: true, ballot: next };
}

/** Reads the budget a facilitator typed; a clear message instead of a number when it is not 1–10. */
export function parseBudget(input: string): { ok: true; budget: number } | { ok: false; message: string } {
  const text = input.trim();
  const budget = Number(text);
  if (text === '' || !Number.isInteger(budget) || budget < MIN_VOTE_BUDGET || budget > MAX_VOTE_BUDGET) {
    return { ok: false, message: `Give each person a whole number of dots from ${MIN_VOTE_BUDGET} to ${MAX_VOTE_BUDGET}.` };
  }
  return { ok: true, budget };
}

export interface TallyRow {
  readonly note: Note;
  readonly dots: number;
  /** How many people put at least one dot on it. */
  readonly voters: number;
}

/**
 * Results: every note of the vote's stage with its total, most dots first; ties keep the order the
 * notes were written in, so the same vote always reads the same way.
 */
export function tally(session: Pick<VoteSession, 'stageId' | 'ballots'>, notes: readonly Note[]): TallyRow[] {
  const rows = notes
    .filter((note) => note.stageId === session.stageId)
    .map((note, order) => {
      let dots = 0;
      let voters = 0;
      for (const ballot of Object.values(session.ballots)) {
        const onNote = ballot[note.id] ?? 0;
        dots += onNote;
        if (onNote > 0) voters += 1;
      }
      return { note, dots, voters, order };
    });
  rows.sort((a, b) => b.dots - a.dots || a.order - b.order);
  return rows.map(({ note, dots, voters }) => ({ note, dots, voters }));
}

/** The stage's vote to show: the open one if any, otherwise the most recent. */
export function currentVote(sessions: readonly VoteSession[], stageId: string): VoteSession | null {
  const ofStage = sessions.filter((session) => session.stageId === stageId);
  return ofStage.find((session) => session.status === 'open') ?? ofStage.at(-1) ?? null;
}

/** How many people have put down at least one dot. */
export const ballotsCast = (session: Pick<VoteSession, 'ballots'>): number =>
  Object.values(session.ballots).filter((ballot) => dotsUsed(ballot) > 0).length;

/** Ballots without any dots on a note that is gone (deleted or parked), so they free the budget. */
export function ballotsWithoutNote(ballots: VoteSession['ballots'], noteId: string): VoteSession['ballots'] {
  return Object.fromEntries(
    Object.entries(ballots).map(([participantId, ballot]) => {
      const rest = { ...ballot };
      delete rest[noteId];
      return [participantId, rest];
    }),
  );
}
