#!/usr/bin/env node
// @ts-check
// `npm test`'s first step (the `pretest` script): make sure there is a browser for the browser
// tests before anything else runs. If none is installed, try Playwright's own Chromium download
// once; if that is not possible either (no network), stop here with one paragraph that says what
// to do, instead of failing minutes later inside the first browser test.
import { spawnSync } from 'node:child_process';
import { findLocalBrowser, localNoBrowserMessage } from './local-browser.mjs';

const DOWNLOAD_TIMEOUT_MS = 10 * 60 * 1000;

/** @param {import('./find-browser.mjs').FoundBrowser} browser */
const report = (browser) => console.log(`Browser for the tests: ${browser.executablePath} (${browser.source === 'installed' ? 'installed' : browser.source === 'playwright' ? "Playwright's Chromium" : 'CHROMIUM_PATH'})`);

/** Runs `npx playwright install chromium`; returns why it failed, or null. Its own output (a stack trace when offline) is kept out of the way. */
function downloadPlaywrightChromium() {
  console.log("No Chrome, Chromium or Edge found: trying to download Playwright's Chromium (npx playwright install chromium)…");
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], {
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MS,
    shell: process.platform === 'win32', // npx is npx.cmd there
  });
  if (result.error) return result.error.message;
  if (result.status === 0) return null;
  const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
  return output.match(/^Error: (.+)$/m)?.[1] ?? `it exited with status ${result.status}`;
}

let browser = findLocalBrowser();
if (!browser && !process.env['CHROMIUM_PATH']) {
  const failure = downloadPlaywrightChromium();
  if (failure) console.log(`The download did not work: ${failure}`);
  browser = findLocalBrowser();
}
if (browser) {
  report(browser);
} else {
  console.error(`\n${localNoBrowserMessage()}\n`);
  process.exit(1);
}
