import type { ActionItem } from '../../../../shared/domain/room';
import { isOverdue } from '../../../../shared/sessions/overdue';
import { statusHistoryText } from '../../../../shared/sessions/status-history';
import { formatShortDay } from '../../../../shared/text';

/** Under an action's status: a worded overdue flag (not colour alone) and when the status changed. */
export function ActionStatusNote({ action, today }: { action: ActionItem; today: string }) {
  const history = action.statusHistory.length > 1 ? statusHistoryText(action.statusHistory, formatShortDay) : '';
  if (!isOverdue(action, today) && history === '') return null;
  return (
    <p className="action-status-note">
      {isOverdue(action, today) && <span className="overdue-flag">Overdue since {formatShortDay(action.due ?? '')}</span>}
      {history && <span className="status-history">{history}</span>}
    </p>
  );
}
