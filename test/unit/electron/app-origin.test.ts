import { describe, expect, it } from 'vitest';
import { devServerOrigin, isSameAppUrl, originOf, trustedOriginsFor } from '../../../electron/main/app-origin';

describe('originOf', () => {
  it.each([
    ['app://endfirst/index.html#/', 'app://endfirst'],
    ['app://ENDFIRST/x', 'app://endfirst'],
    ['app://endfirst.evil/', 'app://endfirst.evil'],
    ['app://endfirst:8080/', 'app://endfirst:8080'],
    ['http://localhost:5173/#/', 'http://localhost:5173'],
    ['https://example.org/a?b', 'https://example.org'],
  ])('%s has the origin %s', (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });

  it.each([['app://endfirst@evil/'], ['app://evil@endfirst/'], ['app:endfirst/x'], ['about:blank'], ['not a url'], ['']])(
    '%s has no origin we would ever trust',
    (url) => {
      expect(originOf(url)).toBeNull();
    },
  );

  it('does not rely on URL.origin, which Node reports as "null" for app://', () => {
    expect(new URL('app://endfirst/').origin).toBe('null');
    expect(originOf('app://endfirst/')).toBe('app://endfirst');
  });
});

describe('isSameAppUrl', () => {
  const trusted = ['app://endfirst'];
  it.each([
    ['app://endfirst/', true],
    ['app://endfirst/index.html#/present', true],
    ['app://endfirst.evil/', false],
    ['app://endfirst@evil/', false],
    ['app://endfirst:1234/', false],
    ['app://endfirstx/', false],
    ['https://endfirst/', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['http://localhost:5173/', false],
  ])('%s → %s', (url, expected) => {
    expect(isSameAppUrl(url, trusted)).toBe(expected);
  });
});

describe('trustedOriginsFor', () => {
  it('trusts only app://endfirst in a packaged build, whatever the environment says', () => {
    expect(trustedOriginsFor({ isPackaged: true, devServerUrl: 'http://localhost:5173' })).toEqual(['app://endfirst']);
  });

  it('adds the local dev server in development', () => {
    expect(trustedOriginsFor({ isPackaged: false, devServerUrl: 'http://localhost:5173/' })).toEqual([
      'app://endfirst',
      'http://localhost:5173',
    ]);
  });

  it.each([['https://evil.example/'], ['http://localhost.evil.example:5173/'], ['file:///tmp/index.html'], ['nonsense'], [undefined]])(
    'ignores a dev server URL that is not on this machine: %s',
    (url) => {
      expect(devServerOrigin(url)).toBeNull();
      expect(trustedOriginsFor({ isPackaged: false, devServerUrl: url })).toEqual(['app://endfirst']);
    },
  );
});
