import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_LAUNCH_OPTIONS } from '../chromium-launch';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** 4173 is `npm run web`'s port; E2E_PORT lets a second run (another checkout, CI beside a session) use its own. */
const port = Number(process.env['E2E_PORT'] ?? 4173);

/**
 * Everything a facilitator sees is tested here, in real Chromium against the built renderer.
 * The browser is whichever test/browser/find-browser.mjs picks (CHROMIUM_PATH, an installed Chrome,
 * Chromium or Edge, or Playwright's own Chromium); `npm test` makes sure there is one before it starts.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: `${root}/test-results/e2e-${port}`,
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1440, height: 900 },
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
  webServer: {
    command: `npx vite preview --config build/vite.web.config.ts --port ${port}`,
    cwd: root,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
