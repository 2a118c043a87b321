/**
 * The Content-Security-Policy, sent by main as a header and written into index.html as a meta tag
 * (the build checks the two are identical). Nothing may leave the machine: no CDN, no telemetry.
 * `style-src 'unsafe-inline'` is needed for React's style attributes (SVG charts, progress bars);
 * scripts stay strictly 'self'.
 */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy(null);

/**
 * The policy, with the team server's origin as the one place besides our own the page may connect
 * to once a facilitator has set one (`origin` comes from parseTeamServerAddress, never raw text).
 * Without a team server it is exactly CONTENT_SECURITY_POLICY.
 */
export function contentSecurityPolicy(teamServerOrigin: string | null): string {
  if (teamServerOrigin !== null && !/^wss?:\/\/[a-z0-9.\-[\]:]+$/i.test(teamServerOrigin)) {
    throw new Error(`Not a team server origin: ${JSON.stringify(teamServerOrigin)}`);
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    teamServerOrigin === null ? "connect-src 'self'" : `connect-src 'self' ${teamServerOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-src 'none'",
    "form-action 'none'",
    "worker-src 'self' blob:",
  ].join('; ');
}

/** The renderer's origin inside Electron. Never change it after release: IndexedDB is keyed by origin. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'endfirst';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The userData folder name, pinned so a rename of the product never orphans stored workshops. */
export const USER_DATA_FOLDER_NAME = 'Endfirst';

/** Routes a second window may open (the presenter view, in a later issue). */
export const ALLOWED_WINDOW_ROUTES = ['#/present'] as const;

/**
 * index.html as served: the built file carries CONTENT_SECURITY_POLICY in its meta tag, and a page
 * obeys meta and header both, so whoever sends the header with a team server's origin must send the
 * same policy in the meta tag. Throws when the file does not carry the expected tag (a changed build).
 */
export function indexHtmlWithPolicy(html: string, policy: string): string {
  const builtTag = `content="${CONTENT_SECURITY_POLICY}"`;
  if (!html.includes(builtTag)) throw new Error('index.html does not carry the built Content-Security-Policy meta tag.');
  return html.replace(builtTag, `content="${policy}"`);
}
