import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererViteConfig } from './vite.renderer.config';

const root = resolve(import.meta.dirname, '..');

/**
 * Main and preload are emitted as CommonJS (`.cjs`): a sandboxed preload must be a single CommonJS
 * file, and package.json is `"type": "module"`, so the extension says which is which.
 * Everything is bundled (no runtime node_modules in the package), which keeps the asar small.
 */
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'dist/main'),
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/main/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'dist/preload'),
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
    },
  },
  renderer: rendererViteConfig,
});
