import { describe, expect, it } from 'vitest';
import { devContentSecurityPolicy, devMetaContentSecurityPolicy, withContentSecurityPolicy } from '../../../electron/main/content-security';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../../shared/security';

describe('the development CSP header', () => {
  it('is the app policy with inline scripts allowed for React Fast Refresh, and nothing else changed', () => {
    const dev = devContentSecurityPolicy();
    expect(dev).toContain("script-src 'self' 'unsafe-inline'");
    const directives = (policy: string) => policy.split('; ');
    expect(directives(dev)).toEqual(
      directives(CONTENT_SECURITY_POLICY).map((directive) =>
        directive.startsWith('script-src ') ? `${directive} 'unsafe-inline'` : directive,
      ),
    );
    expect(dev).toContain("connect-src 'self'");
    expect(dev).toContain("object-src 'none'");
  });

  it('names the saved team server when given its policy, like app:// does', () => {
    const dev = devContentSecurityPolicy(contentSecurityPolicy('wss://sync.example.org'));
    expect(dev).toContain("connect-src 'self' wss://sync.example.org");
    expect(dev).toContain("script-src 'self' 'unsafe-inline'");
  });

  it('writes a meta tag that leaves sockets to the header, and is otherwise the dev policy', () => {
    const directives = (policy: string) => policy.split('; ');
    expect(directives(devMetaContentSecurityPolicy())).toEqual(
      directives(devContentSecurityPolicy()).map((directive) => (directive.startsWith('connect-src ') ? "connect-src 'self' ws: wss:" : directive)),
    );
  });

  it('replaces whatever CSP the dev server sent, whatever its header case', () => {
    const headers = withContentSecurityPolicy({ 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] }, 'P');
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ['P'] });
  });

  it('adds the header when the server sent none', () => {
    expect(withContentSecurityPolicy(undefined, 'P')).toEqual({ 'Content-Security-Policy': ['P'] });
  });
});
