import { useSaveStatus } from './save-status';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** Quiet by design: no save button is needed, this only reassures. */
export function SaveIndicator() {
  // Only whether something is pending, not how many: a keystroke that leaves it pending renders nothing.
  const isPending = useSaveStatus((status) => status.pendingCount > 0);
  const lastSavedAt = useSaveStatus((status) => status.lastSavedAt);
  const error = useSaveStatus((status) => status.error);
  if (error) {
    return (
      <p className="save-indicator error" role="alert">
        Not saved: {error}
      </p>
    );
  }
  const text = isPending ? 'Saving…' : lastSavedAt ? `Saved · ${timeFormat.format(lastSavedAt)}` : 'All changes saved';
  return (
    <p className="save-indicator" aria-live="polite" data-testid="save-indicator">
      {text}
    </p>
  );
}
