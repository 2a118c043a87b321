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
    passWithNoTests: false,
  },
});
