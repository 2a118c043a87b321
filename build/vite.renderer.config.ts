import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { devMetaContentSecurityPolicy } from '../electron/main/content-security';
import { CONTENT_SECURITY_POLICY } from '../shared/security';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

/**
 * index.html carries `%ENDFIRST_CSP%`; this fills in the very string main sends as a header, so the
 * meta tag and the header can never drift apart. Under the dev server (`npm run dev`) it writes the
 * dev policy instead: React Fast Refresh needs one inline script, and a page obeys both meta and header
 * (its connect-src is left to main's header, which names the saved team server).
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'endfirst:csp-meta',
    transformIndexHtml: (html, context) =>
      html.replace('%ENDFIRST_CSP%', context.server ? devMetaContentSecurityPolicy() : CONTENT_SECURITY_POLICY),
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
    rolldownOptions: {
      input: resolve(root, 'renderer/index.html'),
      output: {
        advancedChunks: {
          groups: [
            // Zod decides at schema construction whether it may compile parsers with eval, which our
            // CSP forbids (each try files a violation report). zod-without-eval turns that off; it
            // must run before any schema is built, whichever chunk builds it, so it travels in
            // zod's own chunk, right after zod.
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]zod-without-eval\.ts$/ },
          ],
        },
      },
    },
  },
} satisfies UserConfig;
