import { findElectronExecutable, INSTALL_ELECTRON_BINARY } from '../../build/start-check.mjs';

/**
 * Set in CI, where the binary is always downloaded: there a missing binary is a broken runner and
 * must fail, not skip.
 */
export const REQUIRE_ELECTRON_ENV = 'ENDFIRST_REQUIRE_ELECTRON';

export type ElectronAvailability = { readonly executable: string } | { readonly skipReason: string };

export function electronAvailability(): ElectronAvailability {
  const found = findElectronExecutable();
  if (found.state === 'present') return { executable: found.executable };
  const fix =
    found.state === 'no-package'
      ? 'run `npm ci` first'
      : `install it with \`${INSTALL_ELECTRON_BINARY}\` on Node 22.12+ with access to github.com`;
  return { skipReason: `no Electron binary (${fix}; it runs in CI on ubuntu, macos and windows)` };
}
