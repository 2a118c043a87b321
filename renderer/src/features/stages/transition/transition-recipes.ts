import { LIMITS } from '../../../../../shared/domain/limits';
import type { ExitCriterion, TransitionActivity } from '../../../../../shared/domain/transition';
import { workshopList, type WorkshopRecipe } from '../../../../../shared/editing/workshop-recipe';
import { withSide, type SideChoice } from './transition-model';

/** The edits of the transition stage: the blended team, knowledge transfer, exit criteria, the week plan. */
const activities = workshopList<TransitionActivity>((draft) => draft.transition.activities, LIMITS.transitionActivities);
const exitCriteria = workshopList<ExitCriterion>((draft) => draft.transition.exitCriteria, LIMITS.exitCriteria);

export const chooseSide =
  (participantId: string, side: SideChoice): WorkshopRecipe =>
  (draft) => {
    draft.transition.members = withSide(draft.transition.members, participantId, side);
  };

/** The room's own activity; the method's defaults are never added here. */
export const addActivity = (id: string): WorkshopRecipe => activities.add({ id, kind: 'custom', label: '', done: false });
export const setActivityDone = (id: string, done: boolean): WorkshopRecipe => activities.update(id, { done });
export const removeActivity = (id: string): WorkshopRecipe => activities.remove(id);

export const addExitCriterion = (id: string): WorkshopRecipe => exitCriteria.add({ id, text: '', standardId: null });
export const linkExitCriterion = (id: string, standardId: string | null): WorkshopRecipe => exitCriteria.update(id, { standardId });
export const removeExitCriterion = (id: string): WorkshopRecipe => exitCriteria.remove(id);
export const moveExitCriterion = (id: string, offset: number): WorkshopRecipe => exitCriteria.move(id, offset);

/**
 * Gives a week its stored row (empty text) the moment its field takes focus, so the text typed next
 * has a row to land on and goes through the keystroke journal like any other field. Sorted by week.
 */
export const addWeekRow =
  (id: string, week: number): WorkshopRecipe =>
  (draft) => {
    const plan = draft.transition.weekPlan;
    if (plan.some((entry) => entry.week === week || entry.id === id)) return;
    plan.push({ id, week, focus: '' });
    plan.sort((a, b) => a.week - b.week);
  };

/** Drops the plan for weeks past the transition's length (kept, hidden, until the room says so). */
export const dropHiddenWeeks = (): WorkshopRecipe => (draft) => {
  const weeks = draft.transition.weeks ?? 0;
  draft.transition.weekPlan = draft.transition.weekPlan.filter((entry) => entry.week <= weeks);
};
