import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `npm run test:electron`: the built app in real Electron (Playwright's `_electron`). It needs
 * Electron's binary, so it runs in CI on every OS; where the binary is missing (Node 20, no
 * github.com) it prints one SKIPPED line and reports the test as skipped, never as passed.
 */
export default defineConfig({
  testDir: '.',
  testMatch: 'smoke.spec.ts',
  outputDir: `${root}/test-results/electron`,
  globalSetup: fileURLToPath(new URL('./announce-skip.ts', import.meta.url)),
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 1,
  timeout: 120_000,
  reporter: [['list']],
});
