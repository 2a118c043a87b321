import type { Draft } from 'immer';
import type { Workshop } from '../domain/workshop';
import { listRecipes, type HasId } from './list-recipes';

/** One edit to a workshop: applied to an immer draft, committed as one transaction and one undo step. */
export type WorkshopRecipe = (draft: Draft<Workshop>) => void;

/** Add, update, remove and move by id for one list inside the workshop, with the list's limit. */
export const workshopList = <T extends HasId>(select: (draft: Draft<Workshop>) => T[], limit?: number) =>
  listRecipes<Draft<Workshop>, T>(select, limit);
