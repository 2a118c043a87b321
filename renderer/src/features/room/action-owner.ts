import type { Participant } from '../../../../shared/domain/participants';
import type { ActionItem } from '../../../../shared/domain/room';

/* Action owners: a participant, or a typed name for someone outside the room. */

export const NO_OWNER = '';
export const OTHER_OWNER = 'other';

export function ownerChoice(action: ActionItem, participants: readonly Participant[], typingOther: boolean): string {
  if (action.ownerParticipantId !== null && participants.some((p) => p.id === action.ownerParticipantId)) {
    return action.ownerParticipantId;
  }
  if (action.ownerName.trim() !== '' || typingOther) return OTHER_OWNER;
  return NO_OWNER;
}

/** The fields an owner choice writes: a participant's id and name, or a name typed by hand. */
export function ownerFields(choice: string, participants: readonly Participant[]): Pick<ActionItem, 'ownerParticipantId' | 'ownerName'> {
  const participant = participants.find((p) => p.id === choice);
  if (participant) return { ownerParticipantId: participant.id, ownerName: participant.name };
  return { ownerParticipantId: null, ownerName: '' };
}

export const ACTION_STATUS_LABELS = { open: 'Open', 'in-progress': 'In progress', done: 'Done' } as const;
