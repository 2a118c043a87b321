import type { WorkshopMigration } from '../migrations';
import { randomUuid } from './random-uuid';

/**
 * Schema version 1 → 2: every row of the transition's week plan gets an id.
 *
 * In version 1 a week-plan row was known only by its week number, so no field path could address
 * its text: the week field kept its own debounce outside the keystroke journal, and a crash within
 * 200 ms of typing lost the text. With an id the row is addressed like every other list item.
 * Nothing else changes; rows keep their week, focus and order.
 */
export const weekPlanRowIds: WorkshopMigration = {
  upgrade(workshop) {
    const transition = workshop['transition'];
    if (typeof transition !== 'object' || transition === null) return workshop;
    const plan = (transition as Record<string, unknown>)['weekPlan'];
    if (!Array.isArray(plan)) return workshop;
    (transition as Record<string, unknown>)['weekPlan'] = plan.map((row: unknown) =>
      typeof row === 'object' && row !== null ? { id: randomUuid(), ...row } : row,
    );
    return workshop;
  },
};
