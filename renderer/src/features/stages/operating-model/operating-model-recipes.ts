import type { WorkshopRecipe } from '../../../../../shared/editing/workshop-recipe';
import { applyOwnerChoice, applyOwnerConfirmed } from './owner-choice';

/** The edits of the "who runs it" stage. */
export const assignOwner =
  (choice: string): WorkshopRecipe =>
  (draft) =>
    applyOwnerChoice(draft.operatingModel, choice, draft.participants);

export const confirmOwner =
  (confirmed: boolean, today: string): WorkshopRecipe =>
  (draft) =>
    applyOwnerConfirmed(draft.operatingModel, confirmed, today);
