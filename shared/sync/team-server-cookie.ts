import { parseTeamServerAddress } from './team-server-address';

/**
 * In a plain browser the team server's address lives in one cookie of the app's own origin: the
 * server that sends index.html reads it to name that origin in the Content-Security-Policy (header
 * and meta tag), and the page reads it to know where to connect. A cookie is sent to its own origin
 * only, so keeping the address there makes no call anywhere else.
 */
export const TEAM_SERVER_COOKIE = 'endfirst-team-server';

const TEN_YEARS_IN_SECONDS = 10 * 365 * 24 * 60 * 60;

/** The `document.cookie` assignment that saves `url` (a parsed address) or, with null, forgets it. */
export function teamServerCookieAssignment(url: string | null): string {
  const value = url === null ? '' : encodeURIComponent(url);
  const lifetime = url === null ? 0 : TEN_YEARS_IN_SECONDS;
  return `${TEAM_SERVER_COOKIE}=${value}; Path=/; SameSite=Strict; Max-Age=${lifetime}`;
}

/**
 * The team server named by a Cookie header (or `document.cookie`), checked again here: a cookie is
 * outside our control once written, and only a parsed origin may ever reach the policy.
 */
export function teamServerFromCookies(cookies: string | undefined): { readonly url: string; readonly origin: string } | null {
  for (const pair of (cookies ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== TEAM_SERVER_COOKIE) continue;
    let typed: string;
    try {
      typed = decodeURIComponent(pair.slice(separator + 1).trim());
    } catch {
      return null;
    }
    const address = parseTeamServerAddress(typed);
    return address.ok ? { url: address.url, origin: address.origin } : null;
  }
  return null;
}
