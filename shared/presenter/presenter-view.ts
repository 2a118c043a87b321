import type { Note, Room, StageTimer } from '../domain/room';
import type { Workshop } from '../domain/workshop';
import { STAGES, type Stage, type StageId } from '../method/stages';
import type { TeamId } from '../method/teams';
import { assessReadiness } from '../readiness/assess-readiness';
import { explainVerdict } from '../readiness/explain-verdict';
import type { Verdict } from '../readiness/types';
import { stageTimer } from '../room/enter-stage';
import type { TimerTone } from '../room/timer';

/**
 * What the projector shows, and nothing more. Built from the stored workshop by an explicit list
 * of fields (never by copying the room), so the facilitator's private notes cannot leak onto the
 * wall by accident: nothing here reads `room.facilitatorNotes`.
 */
export interface PresenterView {
  readonly stageId: StageId;
  /** "Stage 2 of 8 · Who runs it"; the numbers match the facilitator's stage rail. */
  readonly kicker: string;
  readonly question: string;
  /** Groups in the facilitator's order, then the notes not grouped yet; empty columns are left out. */
  readonly columns: readonly PresenterColumn[];
  readonly noteCount: number;
  /** True when the stage's latest vote session is revealed: the cards carry their dot totals. */
  readonly isShowingVotes: boolean;
  /** The stage's time box, or null when there is none to show. */
  readonly timer: StageTimer | null;
  /** On the review stage, the verdict and the one sentence that explains it; null on every other stage. */
  readonly verdict: PresenterVerdict | null;
}

export interface PresenterVerdict {
  readonly verdict: Verdict;
  readonly label: string;
  /** explainVerdict's sentence: the same words as the review and page 1 of the summary. */
  readonly reason: string;
}

export interface PresenterColumn {
  /** The group id, or UNGROUPED_COLUMN_ID. */
  readonly id: string;
  readonly label: string;
  /**
   * Newest first, so a note the room just added is the one that is always on screen; once votes
   * are revealed, most dots first (newest first among equals), so the winners are what fits.
   */
  readonly notes: readonly PresenterNote[];
}

export interface PresenterNote {
  readonly id: string;
  readonly text: string;
  /** The author's team for the card colour; null for a note from "the room". */
  readonly team: TeamId | null;
  /** Dot total of a revealed vote session; null when no result may be shown. */
  readonly votes: number | null;
}

export const UNGROUPED_COLUMN_ID = 'ungrouped';

const LAST_STAGE_NUMBER = Math.max(...STAGES.map((stage) => stage.number));

export function presenterKicker(stage: Stage): string {
  // Setup is stage 0 on the rail; "Stage 0 of 8" reads like an error on a wall.
  if (stage.number === 0) return `Before we start · ${stage.title}`;
  return `Stage ${stage.number} of ${LAST_STAGE_NUMBER} · ${stage.title}`;
}

export function buildPresenterView(workshop: Workshop): PresenterView {
  const stage = STAGES.find((candidate) => candidate.id === workshop.meta.currentStage) ?? STAGES[0]!;
  const { room } = workshop;
  const teamOf = new Map(workshop.participants.map((participant) => [participant.id, participant.team]));
  const votes = revealedVoteTotals(workshop, stage.id);

  const toCard = (note: Note): PresenterNote => ({
    id: note.id,
    text: note.text.trim(),
    team: note.authorParticipantId === null ? null : (teamOf.get(note.authorParticipantId) ?? null),
    votes: votes === null ? null : (votes.get(note.id) ?? 0),
  });

  // An empty card is a note someone is still typing in; the room sees it once it says something.
  const stageNotes = room.notes.filter((note) => note.stageId === stage.id && note.text.trim() !== '');
  const newestFirst = [...stageNotes].sort(byNewestFirst);
  if (votes !== null) newestFirst.sort((a, b) => (votes.get(b.id) ?? 0) - (votes.get(a.id) ?? 0));
  const groups = room.noteGroups.filter((group) => group.stageId === stage.id);
  const groupIds = new Set(groups.map((group) => group.id));

  const columns: PresenterColumn[] = groups.map((group) => ({
    id: group.id,
    label: group.label.trim() || 'Unnamed group',
    notes: newestFirst.filter((note) => note.groupId === group.id).map(toCard),
  }));
  // A note whose group belongs to another stage (or was deleted) is shown as not grouped, never lost.
  const ungrouped = newestFirst.filter((note) => note.groupId === null || !groupIds.has(note.groupId));
  columns.push({ id: UNGROUPED_COLUMN_ID, label: groups.length > 0 ? 'Not grouped yet' : 'Notes', notes: ungrouped.map(toCard) });

  return {
    stageId: stage.id,
    kicker: presenterKicker(stage),
    question: stage.question,
    columns: columns.filter((column) => column.notes.length > 0),
    noteCount: stageNotes.length,
    isShowingVotes: votes !== null,
    timer: wallTimer(room, stage.id),
    verdict: stage.id === 'review' ? wallVerdict(workshop) : null,
  };
}

/** The review's verdict for the wall. Scores and findings stay on the facilitator's screen: the room needs the why. */
function wallVerdict(workshop: Workshop): PresenterVerdict {
  const report = assessReadiness(workshop);
  return { verdict: report.verdict, label: report.verdictLabel, reason: explainVerdict(report) };
}

function byNewestFirst(a: Note, b: Note): number {
  if (a.createdAt === b.createdAt) return 0;
  return a.createdAt < b.createdAt ? 1 : -1;
}

/**
 * Totals of the stage's latest vote session, only once it is revealed. If a newer session is
 * still open (a second round), nothing is shown: old results would steer the new votes.
 */
function revealedVoteTotals(workshop: Workshop, stageId: StageId): Map<string, number> | null {
  const sessions = workshop.room.votes.sessions.filter((session) => session.stageId === stageId);
  const latest = sessions.reduce<(typeof sessions)[number] | null>(
    (newest, session) => (newest === null || session.createdAt >= newest.createdAt ? session : newest),
    null,
  );
  if (latest === null || latest.status !== 'revealed') return null;
  const totals = new Map<string, number>();
  for (const ballot of Object.values(latest.ballots)) {
    for (const [noteId, dots] of Object.entries(ballot)) totals.set(noteId, (totals.get(noteId) ?? 0) + dots);
  }
  return totals;
}

/**
 * The timer as the facilitator's bar shows it for this stage (the stored one, or the stage's fresh
 * time box before anyone started it). It belongs on the wall only with a time box: without one,
 * any run would read as "Overtime" to the room.
 */
function wallTimer(room: Pick<Room, 'agenda' | 'timer'>, stageId: StageId): StageTimer | null {
  const timer = stageTimer(room, stageId);
  return timer.durationMs > 0 ? timer : null;
}

/** The words beside the clock, so the state never depends on colour alone. */
export const TIMER_CUES: Readonly<Record<TimerTone, string>> = {
  idle: 'Time box',
  running: 'Time left',
  paused: 'Paused',
  warning: 'Almost time',
  overtime: 'Overtime',
};
