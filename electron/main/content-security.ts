import { CONTENT_SECURITY_POLICY } from '../../shared/security';

/**
 * In development the renderer comes from the electron-vite dev server, which sends no CSP. We add
 * the same policy as a header, with one relaxation the dev server cannot do without: React Fast
 * Refresh installs itself through an inline <script>. (The HMR websocket is already covered: CSP
 * 'self' matches ws:// on the page's own host and port.) Packaged builds never use this.
 */
export function devContentSecurityPolicy(policy: string = CONTENT_SECURITY_POLICY): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .map((directive) => (directive.startsWith('script-src ') ? `${directive} 'unsafe-inline'` : directive))
    .join('; ');
}

/**
 * The meta tag the dev server writes into index.html. A page obeys meta and header both, and main
 * cannot rewrite a dev server page's body, so the tag must not be narrower than any header main may
 * send: its connect-src lets any socket through, and main's header (which names only the saved team
 * server) narrows it again. Without a team server the header still allows 'self' alone.
 */
export function devMetaContentSecurityPolicy(): string {
  return devContentSecurityPolicy().replace("connect-src 'self'", "connect-src 'self' ws: wss:");
}

export type ResponseHeaders = Record<string, string | string[]>;

/** Replaces any CSP the server sent (header names are case-insensitive) with ours. */
export function withContentSecurityPolicy(headers: ResponseHeaders | undefined, policy: string): ResponseHeaders {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] };
}
