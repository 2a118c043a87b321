import type { BrowserWindowConstructorOptions, Rectangle, WebPreferences } from 'electron';

export interface WindowSecurityOptions {
  /** Absolute path of the bundled preload (dist/preload/index.cjs). */
  readonly preloadPath: string;
  readonly isPackaged: boolean;
}

/**
 * The renderer is treated as untrusted web content: no Node, a sandboxed process, an isolated
 * world for the preload, and the browser's own protections left on. Only the preload's named
 * functions cross the boundary. DevTools are for development builds only.
 */
export function buildWebPreferences({ preloadPath, isPackaged }: WindowSecurityOptions): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // A file dropped on the window must not replace the app with a file:// page.
    navigateOnDragDrop: false,
    // Middle-click would otherwise open links in new windows behind the window-open handler's back.
    disableBlinkFeatures: 'Auxclick',
    safeDialogs: true,
    spellcheck: true,
    devTools: !isPackaged,
  };
}

/** Fits a 1280×800 projector with a taskbar, and a 1024×768 one in a pinch. */
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;

export interface WindowLook {
  /** Position is optional: a presenter window lets the OS place it. */
  readonly bounds: Pick<Rectangle, 'width' | 'height'> & Partial<Pick<Rectangle, 'x' | 'y'>>;
  /** Restored on ready-to-show, before the window appears, so it does not visibly jump. */
  readonly isMaximized?: boolean;
  /** Matches the theme the renderer will paint, so there is no white flash on a dark desktop. */
  readonly backgroundColor: string;
  readonly title?: string;
}

export function buildWindowOptions(security: WindowSecurityOptions, look: WindowLook): BrowserWindowConstructorOptions {
  return {
    ...look.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: look.title ?? 'Endfirst',
    backgroundColor: look.backgroundColor,
    // Shown on ready-to-show, so the facilitator never sees a half-painted window on the projector.
    show: false,
    webPreferences: buildWebPreferences(security),
  };
}

export interface ShowableWindow {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  maximize(): void;
}

export type WindowConstructor<W extends ShowableWindow> = new (options: BrowserWindowConstructorOptions) => W;

/** The one place a window is created; a presenter window reuses `buildWindowOptions` via the open handler. */
export function createSecureWindow<W extends ShowableWindow>(
  BrowserWindow: WindowConstructor<W>,
  security: WindowSecurityOptions,
  look: WindowLook,
): W {
  // electronegativity cannot follow buildWindowOptions() and would report the flags as missing;
  // window-factory.test.ts asserts every one of them instead.
  const window = new BrowserWindow(buildWindowOptions(security, look)); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK: set in buildWebPreferences, asserted by tests
  window.once('ready-to-show', () => {
    if (look.isMaximized === true) window.maximize();
    window.show();
  });
  return window;
}
