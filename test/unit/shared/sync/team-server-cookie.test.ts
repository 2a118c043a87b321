import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, indexHtmlWithPolicy } from '../../../../shared/security';
import { TEAM_SERVER_COOKIE, teamServerCookieAssignment, teamServerFromCookies } from '../../../../shared/sync/team-server-cookie';

/** What a browser sends back for an assignment: the `name=value` part only. */
function sentBack(assignment: string): string {
  return assignment.split(';')[0] ?? '';
}

describe('the team server cookie of the browser host', () => {
  test.each([
    ['wss://endfirst.example.org', 'wss://endfirst.example.org'],
    ['ws://127.0.0.1:4403/sync', 'ws://127.0.0.1:4403'],
  ])('%s survives the round trip, with its origin %s', (url, origin) => {
    expect(teamServerFromCookies(`theme=dark; ${sentBack(teamServerCookieAssignment(url))}; other=1`)).toEqual({ url, origin });
  });

  test('forgetting the address expires the cookie at once', () => {
    expect(teamServerCookieAssignment(null)).toBe(`${TEAM_SERVER_COOKIE}=; Path=/; SameSite=Strict; Max-Age=0`);
  });

  test.each([
    ['no cookies at all', undefined],
    ['no address cookie', 'theme=dark'],
    ['an emptied cookie', `${TEAM_SERVER_COOKIE}=`],
    ['a cookie that does not decode', `${TEAM_SERVER_COOKIE}=%E0%A4%A`],
    ['a value that would add a directive', `${TEAM_SERVER_COOKIE}=${encodeURIComponent("wss://x.org; script-src *")}`],
    ['a scheme the app does not speak', `${TEAM_SERVER_COOKIE}=${encodeURIComponent('ftp://x.org')}`],
    ['a file address', `${TEAM_SERVER_COOKIE}=${encodeURIComponent('file:///etc/passwd')}`],
  ])('%s names no team server', (_case, cookies) => {
    expect(teamServerFromCookies(cookies)).toBeNull();
  });
});

describe('index.html as served with a team server', () => {
  const built = `<head><meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" /></head>`;

  test('carries the policy with exactly that origin in its meta tag', () => {
    const policy = contentSecurityPolicy('wss://endfirst.example.org');
    expect(indexHtmlWithPolicy(built, policy)).toBe(`<head><meta http-equiv="Content-Security-Policy" content="${policy}" /></head>`);
  });

  test('refuses a page that does not carry the built tag, rather than serving it without a policy', () => {
    expect(() => indexHtmlWithPolicy('<head></head>', CONTENT_SECURITY_POLICY)).toThrow(/meta tag/);
  });
});
