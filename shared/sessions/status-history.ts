import type { Draft } from 'immer';
import { LIMITS } from '../domain/limits';
import type { ActionItem } from '../domain/room';
import { ACTION_STATUS_LABELS } from '../text';

type StatusChange = ActionItem['statusHistory'][number];

/**
 * Changes an action's status and remembers the day. Two changes on the same day keep only the
 * last (the room corrected itself, it did not do the work twice); choosing the status it already
 * has records nothing. The oldest entries give way when the list is full, so the latest day is
 * always kept.
 */
export function changeActionStatus(action: Draft<ActionItem>, status: ActionItem['status'], today: string): void {
  if (action.status === status) return;
  // An action written before record version 4 has no history: its first status gets no date.
  const history = action.statusHistory;
  const last = history[history.length - 1];
  if (last !== undefined && last.on === today) history.pop();
  const previous = history[history.length - 1];
  if (previous?.status !== status) history.push({ status, on: today });
  while (history.length > LIMITS.statusHistory) history.shift();
  action.status = status;
}

/**
 * "Open 26 Nov → Done 17 Dec": the history in a few words, with the day formatter of the screen
 * or the export. Empty when nothing was recorded.
 */
export function statusHistoryText(history: readonly StatusChange[], formatDay: (day: string) => string): string {
  return history.map((change) => `${ACTION_STATUS_LABELS[change.status]} ${formatDay(change.on)}`).join(' → ');
}
