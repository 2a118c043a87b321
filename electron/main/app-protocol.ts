import path from 'node:path';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY, indexHtmlWithPolicy } from '../../shared/security';

/**
 * Called once, before 'ready'. Chromium reads the privileges only at start-up, and a second call
 * replaces the first list, so every privileged scheme must be in this one call.
 * - standard: app://endfirst/x parses like http (host, relative URLs, a real origin), which
 *   IndexedDB and localStorage need;
 * - secure: a secure context, so crypto.randomUUID and friends are available;
 * - supportFetchAPI + stream: fetch() and streamed responses of our own files;
 * - codeCache: V8 caches compiled bundles between launches.
 * corsEnabled is left out on purpose: it would let *other* origins read app:// responses. Our own
 * pages fetch same-origin, which needs no CORS at all.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    },
  ]);
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Sent with every answer, errors included: the CSP is the renderer's last line of defence. */
function securityHeaders(contentType: string, policy: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
}

function errorResponse(status: number, statusText: string, policy: string, extra: Record<string, string> = {}): Response {
  const headers = securityHeaders('text/plain; charset=utf-8', policy);
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  return new Response(statusText, { status, statusText, headers });
}

type Resolution = { readonly filePath: string } | { readonly status: 400 | 403 | 404; readonly reason: string };

/**
 * Maps a request URL to a file strictly inside rootDir, or says why not. Chromium normally resolves
 * `..` and backslashes before we see the URL, but this must hold even when it does not, so nothing
 * is left to normalisation. Percent-decoding happens exactly once (so %252e%252e stays the literal
 * name "%2e%2e"); after it, a `..` or `.` segment, a backslash, a NUL or a colon (drive letters,
 * NTFS streams) is refused; and, as a second independent layer, the joined path must still lie
 * under rootDir.
 */
export function resolveAppPath(requestUrl: string, rootDir: string): Resolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { status: 400, reason: 'Bad Request' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST || url.username !== '' || url.password !== '') {
    return { status: 404, reason: 'Not Found' };
  }

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { status: 400, reason: 'Bad Request' };
  }
  // Checked after decoding, so a raw backslash and an encoded %5c are both caught.
  if (/[\\\0:]/.test(decoded)) return { status: 403, reason: 'Forbidden' };

  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return { status: 403, reason: 'Forbidden' };
  if (segments.length === 0) segments.push('index.html');

  const filePath = path.resolve(rootDir, ...segments);
  if (!isInsideFolder(rootDir, filePath)) return { status: 403, reason: 'Forbidden' };
  return { filePath };
}

/**
 * The last check, independent of all the others. It compares with a trailing separator so that
 * /app/renderer-evil is not taken to be inside /app/renderer.
 */
export function isInsideFolder(folder: string, candidate: string): boolean {
  const root = path.resolve(folder);
  return path.resolve(candidate).startsWith(root + path.sep);
}

export interface AppProtocolOptions {
  /** The built renderer folder (dist/renderer). */
  readonly rootDir: string;
  readonly readFile: (filePath: string) => Promise<Uint8Array>;
  /**
   * The policy for this answer, asked for each request: it names the team server once a facilitator
   * has saved one (contentSecurityPolicy in shared/security.ts). Without it, the built policy.
   */
  readonly contentSecurityPolicy?: () => string;
  readonly warn?: (message: string) => void;
}

/**
 * index.html as sent: a page obeys both the header and its meta tag, so the meta tag must carry the
 * header's policy too, or the team server would stay blocked. The built file already carries the
 * built policy, so without a team server its bytes go out untouched.
 */
function indexWithPolicy(body: Uint8Array, policy: string, warn: (message: string) => void): Uint8Array {
  if (policy === CONTENT_SECURITY_POLICY) return body;
  try {
    return new TextEncoder().encode(indexHtmlWithPolicy(new TextDecoder().decode(body), policy));
  } catch (error) {
    // A build without the tag: the page then obeys the stricter of the two, never anything looser.
    warn(`index.html sent without the team server in its meta tag: ${error instanceof Error ? error.message : String(error)}`);
    return body;
  }
}

/** The `protocol.handle('app', …)` handler: read-only, GET/HEAD only, never throws. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const indexPath = path.resolve(options.rootDir, 'index.html');
  const warn = options.warn ?? ((message) => console.warn(`[app-protocol] ${message}`));
  return async (request) => {
    const policy = options.contentSecurityPolicy?.() ?? CONTENT_SECURITY_POLICY;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return errorResponse(405, 'Method Not Allowed', policy, { Allow: 'GET, HEAD' });
    }
    const resolution = resolveAppPath(request.url, options.rootDir);
    if (!('filePath' in resolution)) return errorResponse(resolution.status, resolution.reason, policy);

    let body: Uint8Array;
    try {
      body = await options.readFile(resolution.filePath);
    } catch {
      // Missing file, a directory, a permission problem: all look the same from outside.
      return errorResponse(404, 'Not Found', policy);
    }
    const headers = securityHeaders(contentTypeFor(resolution.filePath), policy);
    if (resolution.filePath === indexPath) {
      body = indexWithPolicy(body, policy, warn);
      // Its policy changes with the setting: a reload must never be handed a cached older page.
      headers.set('Cache-Control', 'no-store');
    }
    headers.set('Content-Length', String(body.byteLength));
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}
