/**
 * The only door from Endfirst to the rest of the machine. `shell.openExternal` hands a URL to the
 * OS, which will happily run `file:` paths, `smb:` shares (credential leaks on Windows) or any
 * registered protocol handler. So we allow exactly two things: web pages over https and e-mail.
 */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return parsed.pathname !== '' || parsed.search !== '';
  if (parsed.protocol !== 'https:') return false;
  // https://user:pass@host is how phishing links disguise their real host; nothing of ours needs it.
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}
