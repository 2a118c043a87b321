// @ts-check
/**
 * The browser finder (find-browser.mjs) applied to this machine: real files, real environment and
 * the folders where `npx playwright install chromium` puts Playwright's Chromium.
 */
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { findBrowser, noBrowserMessage } from './find-browser.mjs';

const require = createRequire(import.meta.url);
/** Not in playwright-core's typings, so named through a variable that the type checker leaves alone. */
const PLAYWRIGHT_REGISTRY_MODULE = 'playwright-core/lib/coreBundle';

/** @param {string} path */
const isFile = (path) => existsSync(path) && statSync(path).isFile();

/**
 * Playwright's own builds: the headless shell it launches by default, then full Chromium. Asked of
 * Playwright's registry so its cache folder rules (PLAYWRIGHT_BROWSERS_PATH, OS defaults) are its own.
 * @returns {string[]}
 */
export function playwrightBrowserPaths() {
  try {
    const { registry } = /** @type {any} */ (require(PLAYWRIGHT_REGISTRY_MODULE)).registry;
    return ['chromium-headless-shell', 'chromium']
      .map((name) => registry.findExecutable(name)?.executablePath?.('javascript'))
      .filter(/** @returns {path is string} */ (path) => typeof path === 'string');
  } catch {
    // The registry is not public API: if a Playwright update moves it, fall back to the public path.
    try {
      return [require('playwright-core').chromium.executablePath()];
    } catch {
      return [];
    }
  }
}

/** @returns {import('./find-browser.mjs').FoundBrowser | null} */
export function findLocalBrowser() {
  return findBrowser({ platform: process.platform, env: process.env, exists: isFile, playwrightBrowsers: playwrightBrowserPaths() });
}

/** The paragraph for this machine when no browser can be had. */
export const localNoBrowserMessage = () => noBrowserMessage(process.platform, process.env);
