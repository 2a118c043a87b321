/**
 * What a facilitator types as the team server's address, checked before anything connects. Only a
 * parsed origin ever reaches the Content-Security-Policy (contentSecurityPolicy in shared/security.ts),
 * so a typed `;` or space can never add a directive.
 */
export type TeamServerAddress =
  | { readonly ok: true; readonly url: string; readonly origin: string; readonly isEncrypted: boolean; readonly warning: string | null }
  | { readonly ok: false; readonly problem: string };

/** People type the address they see in a browser; the sync protocol runs over the matching WebSocket scheme. */
const SCHEME_FOR_TYPED: Readonly<Record<string, 'ws:' | 'wss:'>> = {
  'ws:': 'ws:',
  'wss:': 'wss:',
  'http:': 'ws:',
  'https:': 'wss:',
};

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

export const UNENCRYPTED_WARNING = 'Not encrypted: use a ws:// address only on a network you trust.';

export function parseTeamServerAddress(typed: string): TeamServerAddress {
  const text = typed.trim();
  if (text === '') return { ok: false, problem: 'Enter the team server’s address, for example wss://endfirst.example.org.' };
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `wss://${text}`);
  } catch {
    return { ok: false, problem: `“${text}” is not an address. Use one like wss://endfirst.example.org.` };
  }
  const scheme = SCHEME_FOR_TYPED[parsed.protocol];
  if (!scheme) return { ok: false, problem: `A team server is reached with wss:// (or ws:// on a trusted network), not ${parsed.protocol}//.` };
  if (parsed.username !== '' || parsed.password !== '') {
    return { ok: false, problem: 'Leave the user name and password out of the address: Endfirst never stores passwords in it.' };
  }
  if (parsed.hostname === '') return { ok: false, problem: 'The address has no server name.' };
  if (parsed.search !== '' || parsed.hash !== '') return { ok: false, problem: 'The address cannot carry a ? query or # part.' };
  const origin = `${scheme}//${parsed.host}`;
  const path = parsed.pathname === '/' ? '' : parsed.pathname.replace(/\/+$/, '');
  const isEncrypted = scheme === 'wss:';
  const isLoopback = LOOPBACK_HOSTS.has(parsed.hostname);
  return { ok: true, url: `${origin}${path}`, origin, isEncrypted, warning: isEncrypted || isLoopback ? null : UNENCRYPTED_WARNING };
}
