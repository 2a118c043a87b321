import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../chromium-launch';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const port = Number(process.env['BENCH_PORT'] ?? 4205);

/** A CPU profile of the typing figure's page (see typing-profile.spec.ts). Not part of `npm test` or the bench. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: `${root}/test-results/profile-${port}`,
  workers: 1,
  timeout: 240_000,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${port}/`, viewport: { width: 1440, height: 900 }, launchOptions: CHROMIUM_LAUNCH_OPTIONS },
});
