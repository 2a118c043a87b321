import { LifeBuoy } from 'lucide-react';
import { useEffect, useState } from 'react';
import { getDatabase } from '../../db/instance';
import { useHost } from '../../host/HostContext';

/**
 * The database opened but holds no workshop, while backups of workshops exist: the store may
 * have been wiped or reset. Never start silently empty — say so and offer the backups.
 */
export function EmptyLibraryBackupsBanner({ onShowBackups }: { onShowBackups: () => void }) {
  const host = useHost();
  const [backedUpWorkshops, setBackedUpWorkshops] = useState(0);

  useEffect(() => {
    if (!host.backups) return;
    let isCurrent = true;
    void Promise.all([getDatabase().workshops.count(), host.backups.list()])
      .then(([stored, backups]) => {
        if (isCurrent && stored === 0) setBackedUpWorkshops(new Set(backups.map((b) => b.workshopId)).size);
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [host]);

  if (backedUpWorkshops === 0) return null;
  return (
    <div className="storage-banner" role="alert">
      <LifeBuoy aria-hidden="true" size={22} />
      <div>
        <strong>Your library is empty, but this computer has backups of {backedUpWorkshops === 1 ? 'one workshop' : `${backedUpWorkshops} workshops`}.</strong>
        <p>If your workshops disappeared, restore them from the backups. Nothing is restored unless you choose it.</p>
      </div>
      <button type="button" className="button primary" onClick={onShowBackups}>
        Restore from backup…
      </button>
    </div>
  );
}
