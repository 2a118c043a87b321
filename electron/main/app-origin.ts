import { APP_ORIGIN } from '../../shared/security';

/**
 * The origins whose pages may talk to main, navigate, and open our windows.
 *
 * Node's `URL.origin` is the string "null" for a custom scheme such as app://, while Chromium
 * (where the scheme is registered as standard) says "app://endfirst". So we never use `.origin`:
 * we build the origin ourselves from protocol, lower-cased host and port, and refuse any URL that
 * carries credentials, because `app://endfirst@evil/` has the host `evil` and a reader who only
 * looks at the start of the string would be fooled.
 */
export type TrustedOrigins = readonly string[];

export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.hostname === '') return null;
  const port = parsed.port === '' ? '' : `:${parsed.port}`;
  return `${parsed.protocol}//${parsed.hostname.toLowerCase()}${port}`;
}

/** True only when `url` is on one of the trusted origins, compared as whole origins, never as prefixes. */
export function isSameAppUrl(url: string, trusted: TrustedOrigins): boolean {
  const origin = originOf(url);
  return origin !== null && trusted.includes(origin);
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * app://endfirst always; the electron-vite dev server only in an unpackaged build, and only when
 * it really is on this machine (a stray ELECTRON_RENDERER_URL must not let a remote site in).
 */
export function trustedOriginsFor(options: { isPackaged: boolean; devServerUrl: string | undefined }): TrustedOrigins {
  const devOrigin = options.isPackaged ? null : devServerOrigin(options.devServerUrl);
  return devOrigin === null ? [APP_ORIGIN] : [APP_ORIGIN, devOrigin];
}

export function devServerOrigin(devServerUrl: string | undefined): string | null {
  if (devServerUrl === undefined || devServerUrl === '') return null;
  const origin = originOf(devServerUrl);
  if (origin === null) return null;
  const { protocol, hostname } = new URL(devServerUrl);
  const isLocalHttp = (protocol === 'http:' || protocol === 'https:') && LOOPBACK_HOSTS.has(hostname.toLowerCase());
  return isLocalHttp ? origin : null;
}
