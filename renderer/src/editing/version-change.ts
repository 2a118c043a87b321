import type { EndfirstDatabase } from '../db/database';
import { getAutosave } from './autosave';

/**
 * Another window (a newer Endfirst) wants to upgrade the database. Commit what this window has
 * pending first, then step aside and reload into the new schema, instead of Dexie's default of
 * closing the connection under the facilitator's hands.
 */
export function watchForOtherWindowsUpgrading(db: EndfirstDatabase): void {
  db.on('versionchange', () => {
    void getAutosave()
      .flushAll()
      .finally(() => {
        db.close();
        window.location.reload();
      });
    return false;
  });
}
