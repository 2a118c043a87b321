import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../../../shared/security';
import { parseTeamServerAddress, UNENCRYPTED_WARNING } from '../../../../shared/sync/team-server-address';

describe('the team server address a facilitator types', () => {
  test.each([
    ['wss://endfirst.example.org', 'wss://endfirst.example.org', 'wss://endfirst.example.org', null],
    ['  wss://endfirst.example.org/  ', 'wss://endfirst.example.org', 'wss://endfirst.example.org', null],
    ['https://endfirst.example.org/sync', 'wss://endfirst.example.org/sync', 'wss://endfirst.example.org', null],
    ['endfirst.example.org:8443', 'wss://endfirst.example.org:8443', 'wss://endfirst.example.org:8443', null],
    ['ws://127.0.0.1:4403', 'ws://127.0.0.1:4403', 'ws://127.0.0.1:4403', null],
    ['http://localhost:4403', 'ws://localhost:4403', 'ws://localhost:4403', null],
    ['ws://10.0.0.5:1234', 'ws://10.0.0.5:1234', 'ws://10.0.0.5:1234', UNENCRYPTED_WARNING],
    ['WSS://Endfirst.Example.ORG', 'wss://endfirst.example.org', 'wss://endfirst.example.org', null],
  ])('%j is read as %s', (typed, url, origin, warning) => {
    expect(parseTeamServerAddress(typed)).toEqual({ ok: true, url, origin, isEncrypted: origin.startsWith('wss:'), warning });
  });

  test.each([
    ['', /Enter the team server/],
    ['   ', /Enter the team server/],
    ['ftp://files.example.org', /not ftp:/],
    ['javascript://alert(1)', /not javascript:/],
    ['wss://anna:secret@endfirst.example.org', /user name and password/],
    ['wss://endfirst.example.org/?token=1', /query/],
    ['wss://endfirst.example.org/#x', /query or # part/],
    ['wss://exa mple.org', /not an address/],
    ["wss://example.org; script-src *", /not an address/],
  ])('%j is refused', (typed, problem) => {
    const parsed = parseTeamServerAddress(typed);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(problem);
  });
});

describe('the policy with a team server', () => {
  test('without one it is the strict policy everyone had before', () => {
    expect(contentSecurityPolicy(null)).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self';");
  });

  test('with one, connect-src names exactly that origin and nothing else changes', () => {
    const withServer = contentSecurityPolicy('wss://endfirst.example.org:8443');
    expect(withServer).toBe(CONTENT_SECURITY_POLICY.replace("connect-src 'self'", "connect-src 'self' wss://endfirst.example.org:8443"));
  });

  test.each(["wss://a.org; script-src *", 'wss://a.org *', 'https://a.org', '*', 'wss://a.org/path', ''])('refuses %j, which is not a parsed origin', (origin) => {
    expect(() => contentSecurityPolicy(origin)).toThrow(/Not a team server origin/);
  });
});
