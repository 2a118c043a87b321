import { findLocalBrowser, localNoBrowserMessage } from './browser/local-browser.mjs';

const browser = findLocalBrowser();
if (!browser) {
  // `npm test` checks this before the suite (test/browser/ensure-browser.mjs); a direct
  // `playwright test` run gets the same paragraph instead of Playwright's "executable doesn't exist".
  console.error(`\n${localNoBrowserMessage()}\n`);
  process.exit(1);
}

/**
 * How every Playwright run here starts Chromium: the browser the finder picked (CHROMIUM_PATH, an
 * installed Chrome, Chromium or Edge, or Playwright's own Chromium), with nothing that could reach
 * a network. --no-sandbox because CI runs as root, where Chromium's sandbox refuses to start.
 */
export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: browser.executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
