import { defineConfig } from 'vite';
import { rendererViteConfig } from './vite.renderer.config';
import { teamServerPolicy } from './web-team-server-policy';

/**
 * `npm run web`: serve the built renderer for a plain browser, with the same CSP as the app (header
 * and meta tag), naming the team server's origin once one is set.
 */
export default defineConfig({
  ...rendererViteConfig,
  plugins: [...rendererViteConfig.plugins, teamServerPolicy(rendererViteConfig.build.outDir)],
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
});
