import type { WorkshopRecipe } from '../../../../../shared/editing/workshop-recipe';

/** The edits of the cost stage that are not typed figures. */
export const setCurrency =
  (currency: string): WorkshopRecipe =>
  (draft) => {
    draft.cost.currency = currency;
  };
