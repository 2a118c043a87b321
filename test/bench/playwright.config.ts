import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_LAUNCH_OPTIONS } from '../chromium-launch';

const root = fileURLToPath(new URL('../..', import.meta.url));
const port = Number(process.env['BENCH_PORT'] ?? 4205);

/**
 * `npm run bench` (test/bench/bench.mjs) runs this: one worker, one test per figure, in order, so
 * nothing else in the run competes with a measurement. Not part of `npm test`.
 * The static server is started by the spec itself (server.ts), serving the app and its floors.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.bench.ts',
  outputDir: `${root}/test-results/bench-${port}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 240_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1440, height: 900 },
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
});
