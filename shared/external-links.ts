/**
 * The one allowlist for links that leave the app (used by main's openExternal and the web host).
 * Only https: pages without embedded credentials, and mailto:. Everything else — file:, smb:
 * (which can leak NTLM hashes on Windows), javascript:, custom protocol handlers — is refused.
 */
export function isAllowedExternalUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return url.pathname.length > 0;
  if (url.protocol !== 'https:') return false;
  return url.hostname.length > 0 && url.username === '' && url.password === '';
}
