import { useSaveStatus } from './save-status';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** Quiet by design: no save button is needed, this only reassures. */
export function SaveIndicator() {
  const { pendingCount, lastSavedAt, error } = useSaveStatus();
  if (error) {
    return (
      <p className="save-indicator error" role="alert">
        Not saved: {error}
      </p>
    );
  }
  const text = pendingCount > 0 ? 'Saving…' : lastSavedAt ? `Saved · ${timeFormat.format(lastSavedAt)}` : 'All changes saved';
  return (
    <p className="save-indicator" aria-live="polite" data-testid="save-indicator">
      {text}
    </p>
  );
}
