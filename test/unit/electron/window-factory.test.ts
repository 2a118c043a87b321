import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { buildWebPreferences, buildWindowOptions, createSecureWindow, MIN_WINDOW_SIZE } from '../../../electron/main/window-factory';

const security = { preloadPath: '/app/dist/preload/index.cjs', isPackaged: true };

describe('buildWebPreferences', () => {
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webviewTag', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
    ['spellcheck', true],
    ['devTools', false],
  ] as const)('sets %s to %s', (flag, value) => {
    expect(buildWebPreferences(security)[flag]).toBe(value);
  });

  it('loads the bundled preload', () => {
    expect(buildWebPreferences(security).preload).toBe('/app/dist/preload/index.cjs');
  });

  it('turns DevTools on only in an unpackaged build', () => {
    expect(buildWebPreferences({ ...security, isPackaged: false }).devTools).toBe(true);
  });

  it('disables middle-click (auxclick) opening windows', () => {
    expect(buildWebPreferences(security).disableBlinkFeatures).toContain('Auxclick');
  });
});

describe('createSecureWindow', () => {
  class FakeWindow {
    static created: FakeWindow[] = [];
    readonly calls: string[] = [];
    private readyToShow: (() => void) | null = null;
    constructor(readonly options: BrowserWindowConstructorOptions) {
      FakeWindow.created.push(this);
    }
    once(_event: 'ready-to-show', listener: () => void) {
      this.readyToShow = listener;
      return this;
    }
    show() {
      this.calls.push('show');
    }
    maximize() {
      this.calls.push('maximize');
    }
    becomeReady() {
      this.readyToShow?.();
    }
  }

  const look = { bounds: { x: 10, y: 20, width: 1440, height: 900 }, backgroundColor: '#15171a' };

  it('builds every window from the secure options and keeps it hidden until painted', () => {
    const window = createSecureWindow(FakeWindow, security, look);
    expect(window.options).toEqual(buildWindowOptions(security, look));
    expect(window.options.webPreferences).toEqual(buildWebPreferences(security));
    expect(window.options.show).toBe(false);
    expect(window.calls).toEqual([]);
    window.becomeReady();
    expect(window.calls).toEqual(['show']);
  });

  it('restores a maximised window before showing it', () => {
    const window = createSecureWindow(FakeWindow, security, { ...look, isMaximized: true });
    window.becomeReady();
    expect(window.calls).toEqual(['maximize', 'show']);
  });

  it('fits a 1280×800 projector and uses the remembered bounds', () => {
    const options = buildWindowOptions(security, look);
    expect(options).toMatchObject({ x: 10, y: 20, width: 1440, height: 900, backgroundColor: '#15171a', title: 'Endfirst' });
    expect(options.minWidth).toBeLessThanOrEqual(1280);
    expect(options.minHeight).toBeLessThanOrEqual(800 - 80);
    expect(MIN_WINDOW_SIZE.width).toBeLessThanOrEqual(1024);
  });
});
