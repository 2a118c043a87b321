import type { ActionItem } from '../domain/room';

/**
 * An action is overdue when its due day is before today and it is not done. Days are compared as
 * 'YYYY-MM-DD' strings, which sort like the calendar; an action with no due date is never overdue.
 */
export function isOverdue(action: Pick<ActionItem, 'due' | 'status'>, today: string): boolean {
  return action.status !== 'done' && action.due !== null && action.due < today;
}

/** The overdue actions, in the order they were written. */
export function overdueActions<A extends Pick<ActionItem, 'due' | 'status'>>(actions: readonly A[], today: string): A[] {
  return actions.filter((action) => isOverdue(action, today));
}

/** How many of these due days (of actions not done) are before today: for the library row. */
export const countOverdueDues = (openDues: readonly string[] | undefined, today: string): number =>
  (openDues ?? []).filter((due) => due < today).length;
