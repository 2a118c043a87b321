import { LIMITS } from '../../../../../shared/domain/limits';
import type { Participant } from '../../../../../shared/domain/participants';
import { workshopList, type WorkshopRecipe } from '../../../../../shared/editing/workshop-recipe';

/** The edits of the setup stage: who is in the room. */
const participants = workshopList<Participant>((draft) => draft.participants, LIMITS.participants);

/** A new participant starts on the operations team and present, the commonest case in the room. */
export const addParticipant = (id: string): WorkshopRecipe =>
  participants.add({ id, name: '', role: '', team: 'operations', present: true });

export const updateParticipant = (id: string, change: Partial<Pick<Participant, 'team' | 'present'>>): WorkshopRecipe =>
  participants.update(id, change);

export const removeParticipant = (id: string): WorkshopRecipe => participants.remove(id);

export const moveParticipant = (id: string, offset: number): WorkshopRecipe => participants.move(id, offset);
