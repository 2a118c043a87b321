import { LIMITS } from '../../../../shared/domain/limits';
import type { ActionItem, Decision, OpenQuestion, ParkingLotItem } from '../../../../shared/domain/room';
import type { StageId } from '../../../../shared/method/stages';
import { changeActionStatus } from '../../../../shared/sessions/status-history';
import { workshopList, type WorkshopRecipe } from '../../../../shared/editing/workshop-recipe';

/** The edits of the room's records: decisions, actions, open questions and the parking lot. */
const decisions = workshopList<Decision>((draft) => draft.room.decisions, LIMITS.decisions);
const actions = workshopList<ActionItem>((draft) => draft.room.actions, LIMITS.actions);
const openQuestions = workshopList<OpenQuestion>((draft) => draft.room.openQuestions, LIMITS.openQuestions);
const parkingLot = workshopList<ParkingLotItem>((draft) => draft.room.parkingLot, LIMITS.parkingLot);

/** A decision remembers the stage it was taken in and the day. */
export const addDecision = (id: string, stageId: StageId | null, today: string): WorkshopRecipe =>
  decisions.add({ id, text: '', stageId, decidedOn: today });
export const removeDecision = (id: string): WorkshopRecipe => decisions.remove(id);

/** A new action starts open, and its history says since when. */
export const addAction = (id: string, today: string): WorkshopRecipe =>
  actions.add({ id, text: '', ownerParticipantId: null, ownerName: '', due: null, status: 'open', statusHistory: [{ status: 'open', on: today }] });
export const updateAction = (id: string, change: Partial<Pick<ActionItem, 'ownerParticipantId' | 'ownerName'>>): WorkshopRecipe =>
  actions.update(id, change);
/** A change of status is remembered with its day, so follow-ups see when the work moved. */
export const setActionStatus = (id: string, status: ActionItem['status'], today: string): WorkshopRecipe =>
  actions.update(id, (action) => changeActionStatus(action, status, today));
/** "Someone not in the room": a participant who owned it gives way to an empty name to type. */
export const ownerOutsideRoom = (id: string): WorkshopRecipe =>
  actions.update(id, (action) => {
    if (action.ownerParticipantId !== null) Object.assign(action, { ownerParticipantId: null, ownerName: '' });
  });
export const removeAction = (id: string): WorkshopRecipe => actions.remove(id);

export const addOpenQuestion = (id: string): WorkshopRecipe => openQuestions.add({ id, text: '' });
export const removeOpenQuestion = (id: string): WorkshopRecipe => openQuestions.remove(id);

export const addParkedItem = (id: string, stageId: StageId | null): WorkshopRecipe => parkingLot.add({ id, text: '', stageId, resolved: false });
export const resolveParkedItem = (id: string, resolved: boolean): WorkshopRecipe => parkingLot.update(id, { resolved });
export const removeParkedItem = (id: string): WorkshopRecipe => parkingLot.remove(id);
