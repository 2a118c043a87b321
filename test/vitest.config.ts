import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    // Unit tests never touch the network or a real Electron: fail loudly if one tries to.
    restoreMocks: true,
    // Hang detectors, not speed checks (timing belongs to `npm run bench`): the first ESLint run of
    // import-boundaries takes 1.8 s on a quiet 2-core machine, which a busy one stretches past
    // Vitest's default of 5 s.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Vitest's default for a run is one worker fewer than there are cores: one on a 2-core machine,
    // where a second one took the suite from 78 s to 63 s. Every core, on any machine.
    maxWorkers: '100%',
    passWithNoTests: false,
  },
});
