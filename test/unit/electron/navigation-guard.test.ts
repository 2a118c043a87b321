import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import {
  hardenWebContents,
  isAllowedWindowRoute,
  preventOffOriginNavigation,
  preventWebviewAttach,
  windowOpenHandler,
} from '../../../electron/main/navigation-guard';
import type { GuardedWebContents, WindowOpenDeps } from '../../../electron/main/navigation-guard';
import { navigationEvent } from './fakes';

const packaged = ['app://endfirst'];
const development = ['app://endfirst', 'http://localhost:5173'];

const hostileUrls = [
  'https://evil.example/',
  'http://evil.example/',
  'app://endfirst.evil/',
  'app://endfirst@evil/',
  'app://evil@endfirst.evil/',
  'app://endfirst:99/',
  'app://endfirstx/',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/calc.exe',
  'data:text/html,<h1>phish</h1>',
  'about:blank',
  'chrome://settings',
  'http://localhost:5173/',
  'not a url',
];

describe('will-navigate / will-redirect guard', () => {
  it.each(hostileUrls)('stops navigation to %s', (url) => {
    const event = navigationEvent(url);
    preventOffOriginNavigation(packaged)(event);
    expect(event.isPrevented).toBe(true);
  });

  it.each(['app://endfirst/', 'app://endfirst/index.html#/library', 'app://ENDFIRST/index.html'])('lets our own page %s load', (url) => {
    const event = navigationEvent(url);
    preventOffOriginNavigation(packaged)(event);
    expect(event.isPrevented).toBe(false);
  });

  it('trusts the local dev server only when told to (development)', () => {
    const event = navigationEvent('http://localhost:5173/#/');
    preventOffOriginNavigation(development)(event);
    expect(event.isPrevented).toBe(false);
  });
});

describe('window.open handler', () => {
  const childWindowOptions: BrowserWindowConstructorOptions = { show: true, webPreferences: { sandbox: true } };
  const setUp = (trusted = packaged) => {
    const deps: WindowOpenDeps = { trusted, openExternalSafely: vi.fn(), childWindowOptions };
    return { deps, handle: windowOpenHandler(deps) };
  };

  it.each(['app://endfirst/#/present', 'app://endfirst/index.html#/present', 'app://endfirst/#/present/5b9c', 'app://endfirst/#/present?stage=2'])(
    'opens the presenter route %s with the secure window options',
    (url) => {
      const { handle } = setUp();
      expect(handle({ url })).toEqual({ action: 'allow', overrideBrowserWindowOptions: childWindowOptions });
    },
  );

  it('asks for the options at each open, so the presenter is placed for the displays of that moment', () => {
    const placed = vi.fn(() => ({ ...childWindowOptions, fullscreen: true }));
    const handle = windowOpenHandler({ trusted: packaged, openExternalSafely: vi.fn(), childWindowOptions: placed });
    expect(handle({ url: 'app://endfirst/#/present/5b9c' })).toEqual({
      action: 'allow',
      overrideBrowserWindowOptions: { ...childWindowOptions, fullscreen: true },
    });
    expect(handle({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(placed).toHaveBeenCalledTimes(1);
  });

  it.each([
    'app://endfirst/',
    'app://endfirst/#/library',
    'app://endfirst/#/presentation',
    'app://endfirst/other.html#/present',
    'app://endfirst.evil/#/present',
    'app://endfirst@evil/#/present',
    'javascript:alert(1)//#/present',
    'file:///tmp/x.html#/present',
    'http://localhost:5173/#/present',
    'about:blank',
    'smb://attacker.example/share',
  ])('denies %s and sends it nowhere', (url) => {
    const { deps, handle } = setUp();
    expect(handle({ url })).toEqual({ action: 'deny' });
    expect(deps.openExternalSafely).not.toHaveBeenCalled();
  });

  it.each(['https://example.org/guide', 'mailto:someone@example.org'])('denies %s in-app but hands it to the OS', (url) => {
    const { deps, handle } = setUp();
    expect(handle({ url })).toEqual({ action: 'deny' });
    expect(deps.openExternalSafely).toHaveBeenCalledWith(url);
  });

  it('denies https links with credentials without handing them on', () => {
    const { deps, handle } = setUp();
    expect(handle({ url: 'https://user:pass@example.org/' })).toEqual({ action: 'deny' });
    expect(deps.openExternalSafely).not.toHaveBeenCalled();
  });

  it('allows the presenter route on the dev server in development', () => {
    expect(isAllowedWindowRoute('http://localhost:5173/#/present', development)).toBe(true);
    expect(isAllowedWindowRoute('http://localhost:5173/#/present', packaged)).toBe(false);
  });
});

/**
 * The Electron half of test/e2e/navigation-security.spec.ts: every way a page can try to leave,
 * as Electron reports it, reaches a guard that stops it.
 */
describe('every way off our origin is stopped (Electron events)', () => {
  const attempts = [
    ['a link click', 'will-navigate', 'https://evil.example/phish'],
    ['a form POST (Electron reports the action URL)', 'will-navigate', 'https://evil.example/collect'],
    ['a server or meta redirect', 'will-redirect', 'https://evil.example/landing'],
    ['a subframe navigating itself', 'will-frame-navigate', 'https://evil.example/frame'],
  ] as const;

  it.each(attempts)('%s', (_, eventName, url) => {
    const listeners = new Map<string, (event: ReturnType<typeof navigationEvent>) => void>();
    const contents = {
      on: (name: string, listener: (event: ReturnType<typeof navigationEvent>) => void) => {
        listeners.set(name, listener);
        return contents;
      },
      setWindowOpenHandler: vi.fn(),
    } as unknown as GuardedWebContents;
    hardenWebContents(contents, { trusted: packaged, openExternalSafely: vi.fn(), childWindowOptions: {} });
    const event = navigationEvent(url);
    listeners.get(eventName)?.(event);
    expect(event.isPrevented).toBe(true);
  });

  it('window.open to another origin is denied and not handed to the OS unless allowlisted', () => {
    const openExternalSafely = vi.fn();
    const handle = windowOpenHandler({ trusted: packaged, openExternalSafely, childWindowOptions: {} });
    expect(handle({ url: 'http://evil.example/' })).toEqual({ action: 'deny' });
    expect(handle({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternalSafely).not.toHaveBeenCalled();
  });
});

describe('webview guard', () => {
  it('prevents every <webview> from attaching', () => {
    const event = navigationEvent('');
    preventWebviewAttach(event);
    expect(event.isPrevented).toBe(true);
  });
});

describe('hardenWebContents', () => {
  it('attaches every guard to a webContents', () => {
    const listeners = new Map<string, (event: ReturnType<typeof navigationEvent>) => void>();
    const setWindowOpenHandler = vi.fn();
    const contents = {
      on: (name: string, listener: (event: ReturnType<typeof navigationEvent>) => void) => {
        listeners.set(name, listener);
        return contents;
      },
      setWindowOpenHandler,
    } as unknown as GuardedWebContents;

    hardenWebContents(contents, { trusted: packaged, openExternalSafely: vi.fn(), childWindowOptions: {} });

    expect([...listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const offOrigin = navigationEvent('https://evil.example/');
      listeners.get(name)?.(offOrigin);
      expect(offOrigin.isPrevented, name).toBe(true);
    }
    const webview = navigationEvent('');
    listeners.get('will-attach-webview')?.(webview);
    expect(webview.isPrevented).toBe(true);

    const handler = setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => unknown;
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});
