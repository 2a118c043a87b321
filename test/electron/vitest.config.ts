import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `npm run test:boot`: the built main and preload bundles, run in Node against a fake `electron`.
 * Separate from test:unit because it needs `npm run build:app` first; `npm test` runs it after
 * the e2e step has built the app.
 */
export default defineConfig({
  root,
  test: {
    include: ['test/electron/**/*.test.ts'],
    environment: 'node',
    // Each file loads a bundle with its own module-level state: keep them apart.
    pool: 'forks',
    passWithNoTests: false,
  },
});
