import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Where each URL prefix is served from. Floors live beside the app so they share its origin and IndexedDB. */
export interface BenchServerRoots {
  readonly app: string;
  readonly floors: string;
  /** Pages written during the run (the static twin of the printed document). */
  readonly generated: string;
}

function fileFor(roots: BenchServerRoots, pathname: string): string | null {
  const [root, rest] = pathname.startsWith('/__bench/generated/')
    ? [roots.generated, pathname.slice('/__bench/generated/'.length)]
    : pathname.startsWith('/__bench/')
      ? [roots.floors, pathname.slice('/__bench/'.length)]
      : [roots.app, pathname === '/' ? 'index.html' : pathname.slice(1)];
  const file = resolve(root, normalize(decodeURIComponent(rest)));
  if (!file.startsWith(resolve(root))) return null; // path traversal
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/**
 * One small static server for the app and its floors. Every page gets the app's CSP header (the
 * floors obey the same rules, so the policy costs both sides the same) and no caching headers
 * beyond the defaults, like `vite preview`.
 */
export function startBenchServer(roots: BenchServerRoots, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = request.method === 'GET' ? fileFor(roots, pathname) : null;
    if (file === null) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}

export const benchRoots = (root: string): BenchServerRoots => ({
  app: join(root, 'dist/renderer'),
  floors: join(root, 'test/bench/floors'),
  generated: join(root, 'test-results/bench-generated'),
});
