import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererViteConfig } from './vite.renderer.config';

/** The renderer unminified (readable names in a CPU profile), for test/bench/profile/typing-profile.spec.ts only. */
export default defineConfig({
  ...rendererViteConfig,
  build: { ...rendererViteConfig.build, minify: false, outDir: resolve(import.meta.dirname, '../test-results/profile-renderer') },
});
