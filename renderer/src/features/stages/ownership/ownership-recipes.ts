import { LIMITS } from '../../../../../shared/domain/limits';
import type { RaciActivity, RaciParty } from '../../../../../shared/domain/raci';
import type { RaciRole } from '../../../../../shared/method/raci';
import { updateItem } from '../../../../../shared/editing/list-recipes';
import { workshopList, type WorkshopRecipe } from '../../../../../shared/editing/workshop-recipe';

/** The edits of the ownership stage: the RACI matrix's rows, columns and letters. */
const activities = workshopList<RaciActivity>((draft) => draft.raci.activities, LIMITS.raciActivities);
const parties = workshopList<RaciParty>((draft) => draft.raci.parties, LIMITS.raciParties);

export const addRaciActivity = (id: string): WorkshopRecipe => activities.add({ id, key: 'custom', name: '', assignments: {} });
export const removeRaciActivity = (id: string): WorkshopRecipe => activities.remove(id);
export const addRaciParty = (party: RaciParty): WorkshopRecipe => parties.add(party);

/** A column that goes takes its letters with it, so no hidden Accountable is left in any row. */
export const removeRaciParty =
  (id: string): WorkshopRecipe =>
  (draft) => {
    parties.remove(id)(draft);
    for (const activity of draft.raci.activities) delete activity.assignments[id];
  };

/** '' clears the cell. */
export const setRaciRole =
  (activityId: string, partyId: string, role: RaciRole | ''): WorkshopRecipe =>
  (draft) =>
    void updateItem(draft.raci.activities, activityId, (activity) => {
      if (role === '') delete activity.assignments[partyId];
      else activity.assignments[partyId] = role;
    });
