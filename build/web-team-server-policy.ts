import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { contentSecurityPolicy, indexHtmlWithPolicy } from '../shared/security';
import { teamServerFromCookies } from '../shared/sync/team-server-cookie';

const INDEX_PATHS: ReadonlySet<string> = new Set(['/', '/index.html']);

/**
 * `npm run web` sends the same Content-Security-Policy as the desktop app, and, once a facilitator
 * has entered a team server, the same policy with exactly that origin added (read from the
 * address cookie, see shared/sync/team-server-cookie.ts). Every answer carries the header; index.html
 * gets the matching meta tag too, since a page obeys both.
 */
export function teamServerPolicy(distDir: string): Plugin {
  const middleware: Connect.NextHandleFunction = (request, response, next) => {
    const policy = contentSecurityPolicy(teamServerFromCookies(request.headers.cookie)?.origin ?? null);
    response.setHeader('Content-Security-Policy', policy);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (request.method !== 'GET' || !INDEX_PATHS.has(path)) {
      next();
      return;
    }
    readFile(resolve(distDir, 'index.html'), 'utf8').then(
      (html) => {
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        // The policy depends on a cookie, so no cache may hand one visitor's page to another setting.
        response.setHeader('Cache-Control', 'no-store');
        response.setHeader('Vary', 'Cookie');
        response.end(indexHtmlWithPolicy(html, policy));
      },
      (error: unknown) => next(error),
    );
  };
  return { name: 'endfirst:team-server-policy', configurePreviewServer: (server) => void server.middlewares.use(middleware) };
}
