import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../shared/security';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

/**
 * index.html carries `%ENDFIRST_CSP%`; this fills in the very string main sends as a header, so the
 * meta tag and the header can never drift apart.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'endfirst:csp-meta',
    transformIndexHtml: (html) => html.replace('%ENDFIRST_CSP%', CONTENT_SECURITY_POLICY),
  };
}

/** The renderer build, shared by electron-vite (app) and plain Vite (`npm run web`). */
export const rendererViteConfig = {
  root: resolve(root, 'renderer'),
  // Relative asset paths: the same files work from app://endfirst/ and from any static server.
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: resolve(root, 'dist/renderer'),
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    target: 'chrome130',
    rolldownOptions: { input: resolve(root, 'renderer/index.html') },
  },
} satisfies UserConfig;
