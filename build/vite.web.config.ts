import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../shared/security';
import { rendererViteConfig } from './vite.renderer.config';

/** `npm run web`: serve the built renderer for a plain browser, with the same CSP header as the app. */
export default defineConfig({
  ...rendererViteConfig,
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
  },
});
