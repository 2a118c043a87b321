import { useEffect } from 'react';
import { getDatabase } from '../../db/instance';
import { saveVersion } from '../../db/versions';

export const SNAPSHOT_INTERVAL_MS = 5 * 60 * 1000;

/**
 * A snapshot when the workshop is opened, then every five minutes while it is being edited; each
 * one is followed by `onSnapshot` (the desktop backup file). A snapshot IndexedDB cannot store (its
 * quota is full) is followed by the backup all the same: the file is then the only copy being made.
 * The failure itself is already on screen through the edits that fail the same way.
 */
export function useVersionSnapshots(workshopId: string, onSnapshot?: () => void) {
  useEffect(() => {
    const db = getDatabase();
    const snapshot = (reason: 'opened' | 'interval') =>
      saveVersion(db, workshopId, reason).then(
        (version) => {
          if (version) onSnapshot?.();
        },
        () => onSnapshot?.(),
      );
    void snapshot('opened');
    const timer = setInterval(() => void snapshot('interval'), SNAPSHOT_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [workshopId, onSnapshot]);
}
