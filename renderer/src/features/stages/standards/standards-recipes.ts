import { LIMITS } from '../../../../../shared/domain/limits';
import type { Standard } from '../../../../../shared/domain/standards';
import { removeItem } from '../../../../../shared/editing/list-recipes';
import { workshopList, type WorkshopRecipe } from '../../../../../shared/editing/workshop-recipe';
import { withCriterion } from '../../../../../shared/method/criteria-text';
import { newCustomStandard, withDefaultsRestored } from './standards-logic';

/** The edits of the standards stage. */
const standards = workshopList<Standard>((draft) => draft.standards, LIMITS.standards);

export const addStandard = (id: string): WorkshopRecipe => standards.add(newCustomStandard(id));

export const updateStandard = (id: string, change: Partial<Pick<Standard, 'applies' | 'priority' | 'status'>>): WorkshopRecipe =>
  standards.update(id, change);

/**
 * A suggested criterion from the library, appended to the standard's acceptance criteria as a new
 * line. Nothing changes when it is already there, or when the text would grow past its limit.
 */
export const addSuggestedCriterion = (id: string, criterion: string): WorkshopRecipe =>
  standards.update(id, (standard) => {
    const next = withCriterion(standard.acceptanceCriteria, criterion, LIMITS.longText);
    if (next !== null) standard.acceptanceCriteria = next;
  });

/** Only the room's own standards can go: the ten defaults are always on the table. */
export const removeStandard =
  (id: string): WorkshopRecipe =>
  (draft) =>
    void removeItem(draft.standards, id, (standard) => standard.key === 'custom');

export const restoreDefaultStandards =
  (newId: () => string): WorkshopRecipe =>
  (draft) => {
    draft.standards = withDefaultsRestored(draft.standards, newId);
  };
