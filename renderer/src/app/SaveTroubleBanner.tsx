import { HardDriveDownload } from 'lucide-react';
import { ExportAllButton } from '../features/library/ExportAllButton';
import { useSaveStatus } from '../editing/save-status';

/**
 * Writing failed (disk full, store closed). The workshops can still be read, so the first thing
 * offered is to get them out; the last edits stay in the journal and are saved when there is room.
 */
export function SaveTroubleBanner({ onShowBackups }: { onShowBackups: (() => void) | null }) {
  const error = useSaveStatus((status) => status.error);
  if (!error) return null;
  return (
    <div className="storage-banner" role="alert">
      <HardDriveDownload aria-hidden="true" size={22} />
      <div>
        <strong>Endfirst cannot save right now.</strong>
        <p>{error}</p>
      </div>
      <ExportAllButton />
      {onShowBackups && (
        <button type="button" className="button" onClick={onShowBackups}>
          Backups…
        </button>
      )}
    </div>
  );
}
