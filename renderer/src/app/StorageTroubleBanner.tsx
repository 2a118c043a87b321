import { AlertTriangle } from 'lucide-react';

/**
 * Shown when the workshop store cannot be opened. Never an empty library and a console error:
 * the facilitator is told what happened and that nothing was deleted.
 */
export function StorageTroubleBanner({ problem, onShowBackups }: { problem: string; onShowBackups: (() => void) | null }) {
  return (
    <div className="storage-banner" role="alert">
      <AlertTriangle aria-hidden="true" size={22} />
      <div>
        <strong>Endfirst could not open your saved workshops.</strong>
        <p>{problem}</p>
        <p>Nothing has been deleted. Close other Endfirst windows, then reload.</p>
      </div>
      {onShowBackups && (
        <button type="button" className="button" onClick={onShowBackups}>
          Backups…
        </button>
      )}
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}
