import type { BrowserWindowConstructorOptions, WebContents, WindowOpenHandlerResponse } from 'electron';
import { ALLOWED_WINDOW_ROUTES } from '../../shared/security';
import { isSameAppUrl } from './app-origin';
import type { TrustedOrigins } from './app-origin';
import { isAllowedExternalUrl } from './external-links';

export { isSameAppUrl };

interface PreventableEvent {
  preventDefault(): void;
}

interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

/**
 * A page of ours never needs to leave our origin: every screen is a hash route. A link or a
 * redirect that tries to (a pasted URL, a dropped file, an injected script) is stopped here.
 */
export function preventOffOriginNavigation(trusted: TrustedOrigins): (event: NavigationEvent) => void {
  return (event) => {
    if (!isSameAppUrl(event.url, trusted)) event.preventDefault();
  };
}

/** The renderer lives at the root document; a second window may only be one of our listed routes. */
export function isAllowedWindowRoute(url: string, trusted: TrustedOrigins): boolean {
  if (!isSameAppUrl(url, trusted)) return false;
  const { pathname, hash } = new URL(url);
  if (pathname !== '/' && pathname !== '/index.html') return false;
  return ALLOWED_WINDOW_ROUTES.some(
    (route) => hash === route || hash.startsWith(`${route}/`) || hash.startsWith(`${route}?`),
  );
}

export interface WindowOpenDeps {
  readonly trusted: TrustedOrigins;
  /** Receives https/mailto links; wired to external-links.ts, which checks the allowlist again. */
  readonly openExternalSafely: (url: string) => void;
  /**
   * The secure options of the one window factory, so a child window is as locked down as the first.
   * A function is asked at each open: the presenter is placed for the displays connected right then.
   */
  readonly childWindowOptions: BrowserWindowConstructorOptions | (() => BrowserWindowConstructorOptions);
}

/**
 * window.open and target=_blank: our presenter route opens in a new Endfirst window; a web or mail
 * link goes to the user's browser or mail client; anything else is silently refused.
 */
export function windowOpenHandler(deps: WindowOpenDeps): (details: { url: string }) => WindowOpenHandlerResponse {
  return ({ url }) => {
    if (isAllowedWindowRoute(url, deps.trusted)) {
      const options = typeof deps.childWindowOptions === 'function' ? deps.childWindowOptions() : deps.childWindowOptions;
      return { action: 'allow', overrideBrowserWindowOptions: options };
    }
    if (isAllowedExternalUrl(url)) deps.openExternalSafely(url);
    return { action: 'deny' };
  };
}

/** <webview> would embed a page with its own preferences; webviewTag is off, and this says no twice. */
export function preventWebviewAttach(event: PreventableEvent): void {
  event.preventDefault();
}

export type GuardedWebContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Called from app 'web-contents-created', so every webContents gets the guards, including future ones. */
export function hardenWebContents(contents: GuardedWebContents, deps: WindowOpenDeps): void {
  const guardNavigation = preventOffOriginNavigation(deps.trusted);
  contents.on('will-navigate', guardNavigation);
  contents.on('will-frame-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', preventWebviewAttach);
  contents.setWindowOpenHandler(windowOpenHandler(deps));
}
