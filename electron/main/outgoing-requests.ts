import { originOf } from './app-origin';

/**
 * A second wall behind the Content-Security-Policy: every request onto the network, from any page
 * or worker of the app, is cancelled unless it goes to the one team server a facilitator saved
 * (or, in development, to the local dev server). The CSP binds only pages; this also catches what
 * a page's policy does not reach. Our own app:// files never leave the machine and are not matched.
 */
export const NETWORK_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

export interface OutgoingAllowance {
  /** The saved team server's ws:// or wss:// origin (parseTeamServerAddress), or null: none. */
  readonly teamServerOrigin: string | null;
  /** The electron-vite dev server's http(s) origin in an unpackaged build (app-origin.ts), or null. */
  readonly devServerOrigin: string | null;
}

/** The dev server's hot-reload socket runs on the dev server's own host and port. */
function socketOriginOf(httpOrigin: string): string {
  return httpOrigin.replace(/^http(s?):/, 'ws$1:');
}

export function isAllowedOutgoingRequest(url: string, allowance: OutgoingAllowance): boolean {
  const origin = originOf(url);
  if (origin === null) return false;
  if (allowance.teamServerOrigin !== null && origin === allowance.teamServerOrigin) return true;
  const dev = allowance.devServerOrigin;
  return dev !== null && (origin === dev || origin === socketOriginOf(dev));
}

export interface OutgoingRequestSession {
  readonly webRequest: {
    onBeforeRequest(
      filter: { urls: string[] },
      listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ): void;
  };
}

/**
 * Installs the filter on a session. `allowance` is asked at each request, so a newly saved team
 * server is reachable at once and a forgotten one is not.
 */
export function limitOutgoingRequests(
  session: OutgoingRequestSession,
  allowance: () => OutgoingAllowance,
  reportRefused: (url: string) => void = (url) => console.warn(`[network] refused a request to ${originOf(url) ?? 'a malformed address'}`),
): void {
  session.webRequest.onBeforeRequest({ urls: NETWORK_URL_PATTERNS }, (details, callback) => {
    const isAllowed = isAllowedOutgoingRequest(details.url, allowance());
    if (!isAllowed) reportRefused(details.url);
    callback({ cancel: !isAllowed });
  });
}
