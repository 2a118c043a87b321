import path from 'node:path';
import { USER_DATA_FOLDER_NAME } from '../../shared/security';

/**
 * Read only by an unpackaged build (`npm start`, the Electron smoke test): it lets the smoke test
 * run against a throwaway folder instead of the developer's own workshops. A packaged app ignores
 * it, so nothing in a facilitator's environment can move their data.
 */
export const TEST_USER_DATA_ENV = 'ENDFIRST_TEST_USER_DATA';

/**
 * Where IndexedDB, backups and the window state live: `<appData>/Endfirst`, pinned by name so a
 * rename of the product never moves it.
 */
export function userDataFolder(options: { appData: string; isPackaged: boolean; testOverride: string | undefined }): string {
  if (!options.isPackaged && options.testOverride !== undefined && path.isAbsolute(options.testOverride)) {
    return options.testOverride;
  }
  return path.join(options.appData, USER_DATA_FOLDER_NAME);
}
