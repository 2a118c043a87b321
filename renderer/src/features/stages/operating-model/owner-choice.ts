import type { OperatingModel } from '../../../../../shared/domain/operating-model';
import type { Participant } from '../../../../../shared/domain/participants';
import { TEAM_LABELS } from '../../../../../shared/method/teams';

/**
 * The owner select has three kinds of value: nobody yet, one of the participants (their id), or
 * someone who is not on the participant list. Participant ids are UUIDs, so neither marker can
 * clash with one.
 */
export const NO_OWNER = '';
export const OWNER_ELSEWHERE = 'elsewhere';

export const participantLabel = (participant: Participant, index: number): string => {
  const name = participant.name.trim() || `Unnamed participant ${index + 1}`;
  return `${name} — ${TEAM_LABELS[participant.team]}${participant.present ? '' : ' (not present)'}`;
};

export function ownerOptions(participants: readonly Participant[]): { value: string; label: string }[] {
  return [
    { value: NO_OWNER, label: 'Not chosen yet' },
    ...participants.map((participant, index) => ({ value: participant.id, label: participantLabel(participant, index) })),
    { value: OWNER_ELSEWHERE, label: 'Someone not in the room' },
  ];
}

/**
 * What the stored model says the select shows. A participant id that no longer resolves (they were
 * removed from the list) falls back to the copied name, as "someone not in the room".
 */
export function storedOwnerChoice(om: OperatingModel, participants: readonly Participant[]): string {
  if (om.ownerParticipantId !== null && participants.some((p) => p.id === om.ownerParticipantId)) return om.ownerParticipantId;
  if (om.ownerParticipantId !== null || om.ownerName !== '') return OWNER_ELSEWHERE;
  return NO_OWNER;
}

/**
 * Applies a choice from the owner select to the operating model, in place (an immer draft).
 *
 * shared/domain/operating-model.ts: ownerParticipantId names the owner when they are a
 * participant, otherwise it is null and ownerName names them. A chosen participant's name is
 * copied into ownerName in the same edit, so every reader (readiness, exports) finds the owner's
 * name in one place.
 *
 * The confirmation belongs to a person: when the owner becomes somebody else, "owner confirmed"
 * and its date are cleared, because the new owner has not said yes yet.
 */
export function applyOwnerChoice(om: OperatingModel, choice: string, participants: readonly Participant[]): void {
  const previous = storedOwnerChoice(om, participants);
  const wasParticipant = previous !== NO_OWNER && previous !== OWNER_ELSEWHERE;

  if (choice === NO_OWNER) {
    om.ownerParticipantId = null;
    om.ownerName = '';
  } else if (choice === OWNER_ELSEWHERE) {
    om.ownerParticipantId = null;
    // The participant's name was only a copy; a removed participant's name is all that is left, so keep it.
    if (wasParticipant) om.ownerName = '';
  } else {
    const participant = participants.find((p) => p.id === choice);
    if (participant === undefined) return;
    om.ownerParticipantId = participant.id;
    om.ownerName = participant.name.trim();
  }

  const isSameOwner = choice === previous && choice !== NO_OWNER;
  if (!isSameOwner) {
    om.ownerConfirmed = false;
    om.ownerConfirmedOn = null;
  }
}

/** Ticking "owner confirmed" with no date records today; unticking withdraws the date with it. */
export function applyOwnerConfirmed(om: OperatingModel, confirmed: boolean, today: string): void {
  om.ownerConfirmed = confirmed;
  if (confirmed) om.ownerConfirmedOn ??= today;
  else om.ownerConfirmedOn = null;
}

/** The owner's name as the room should see it, or null when nobody is named (as readiness decides). */
export function ownerDisplayName(om: OperatingModel, participants: readonly Participant[]): string | null {
  const participant = participants.find((p) => p.id === om.ownerParticipantId);
  const name = om.ownerName.trim() || participant?.name.trim() || '';
  if (name !== '') return name;
  return participant ? 'The chosen participant' : null;
}

/** The inline, non-blocking warnings of shared/method/METHOD.md's "what the app should flag" for this stage. */
export function operatingModelWarnings(om: OperatingModel, participants: readonly Participant[]): string[] {
  const warnings: string[] = [];
  if (ownerDisplayName(om, participants) === null) {
    warnings.push('No operational owner yet. Name one person — in the room or not — who will run it and has said yes.');
  }
  if (!participants.some((p) => p.team === 'operations' && p.present)) {
    warnings.push(
      'Nobody from operations is in the room. The people who will run it should shape this answer, not hear it at the handoff.',
    );
  }
  return warnings;
}

