import { useState } from 'react';
import { LIMITS } from '../../../../../shared/domain/limits';
import { newId } from '../../../db/ids';
import { AutosaveField } from '../../../editing/AutosaveField';
import type { WorkshopEdit } from '../../../editing/useWorkshopEdit';
import type { WeekRow } from './transition-model';
import { addWeekRow } from './transition-recipes';

/**
 * The focus of one week of the transition: an ordinary autosaved field on the week's row. A week
 * nobody has written for has no row yet; the row is made (with the id this field already uses)
 * the moment the field takes focus, long before the first keystroke's debounced commit needs it.
 */
export function WeekFocusField({ workshopId, row, edit }: { workshopId: string; row: WeekRow; edit: WorkshopEdit }) {
  const [idIfNew] = useState(newId);
  const id = row.id ?? idIfNew;
  const ensureRow = () => {
    // Making an empty row is bookkeeping, not a change anyone would undo.
    if (row.id === null) void edit(addWeekRow(id, row.week), { isOperational: true });
  };
  return (
    <div className="week-field" onFocus={ensureRow}>
      <span className="week-label" aria-hidden="true">
        Week {row.week}
      </span>
      <AutosaveField
        workshopId={workshopId}
        path={['transition', 'weekPlan', { id }, 'focus']}
        value={row.focus}
        label={`Week ${row.week} focus`}
        hideLabel
        maxLength={LIMITS.longText}
        placeholder="What the team focuses on this week"
      />
    </div>
  );
}
