import type { Participant } from '../../../../shared/domain/participants';
import type { Note } from '../../../../shared/domain/room';
import { TEAM_LABELS, type TeamId } from '../../../../shared/method/teams';

export const ROOM_AUTHOR = '';

export interface NoteAuthor {
  readonly name: string;
  /** null for "the room" (and for an author deleted since): no team colour. */
  readonly team: TeamId | null;
  readonly teamLabel: string;
}

export const participantName = (participant: Participant, index: number): string =>
  participant.name.trim() || `Participant ${index + 1}`;

/** Who wrote a note, for its colour stripe and its label: the colour is never the only cue. */
export function noteAuthor(note: Pick<Note, 'authorParticipantId'>, participants: readonly Participant[]): NoteAuthor {
  const index = participants.findIndex((p) => p.id === note.authorParticipantId);
  const participant = participants[index];
  if (!participant) return { name: 'The room', team: null, teamLabel: '' };
  return { name: participantName(participant, index), team: participant.team, teamLabel: TEAM_LABELS[participant.team] };
}

/** The class that sets --team on a note card (colours in room.css, one pair per theme). */
export const teamClass = (team: TeamId | null): string => `team-${team ?? 'room'}`;

/** The people who vote: those marked present, or everyone listed when nobody is marked. */
export function voters(participants: readonly Participant[]): { participant: Participant; name: string }[] {
  const named = participants.map((participant, index) => ({ participant, name: participantName(participant, index) }));
  const present = named.filter(({ participant }) => participant.present);
  return present.length > 0 ? present : named;
}
