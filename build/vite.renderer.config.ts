import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { devContentSecurityPolicy } from '../electron/main/content-security';
import { CONTENT_SECURITY_POLICY } from '../shared/security';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

/**
 * index.html carries `%ENDFIRST_CSP%`; this fills in the very string main sends as a header, so the
 * meta tag and the header can never drift apart. Under the dev server (`npm run dev`) it writes the
 * dev policy instead: React Fast Refresh needs one inline script, and a page obeys both meta and header.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'endfirst:csp-meta',
    transformIndexHtml: (html, context) =>
      html.replace('%ENDFIRST_CSP%', context.server ? devContentSecurityPolicy() : CONTENT_SECURITY_POLICY),
  };
}

/**
 * The entry (renderer/src/main.tsx) paints the library first and only then imports the app
 * (src/app/start.tsx). Listing the app's chunks as modulepreload lets the browser fetch and compile
 * them while the first paint reads IndexedDB, without running them: the app then starts as soon as
 * it is asked for, instead of only starting its download then.
 */
function preloadAppAfterFirstPaint(): Plugin {
  return {
    name: 'endfirst:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) => {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/app/start.tsx'));
        if (!app) throw new Error('endfirst:preload-app: no chunk for src/app/start.tsx; was main.tsx changed?');
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          chunks.find((chunk) => chunk.fileName === fileName)?.imports.forEach(visit);
        };
        visit(app.fileName);
        const entries = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
        return [...files].filter((fileName) => !entries.has(fileName)).map((fileName) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` }, injectTo: 'head' as const }));
      },
    },
  };
}

/** The renderer build, shared by electron-vite (app) and plain Vite (`npm run web`). */
export const rendererViteConfig = {
  root: resolve(root, 'renderer'),
  // Relative asset paths: the same files work from app://endfirst/ and from any static server.
  base: './',
  plugins: [react(), contentSecurityPolicyMeta(), preloadAppAfterFirstPaint()],
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
