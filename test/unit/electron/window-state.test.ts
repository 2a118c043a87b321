import { describe, expect, it, vi } from 'vitest';
import { clampToDisplays, DEFAULT_WINDOW_SIZE, loadWindowState, saveWindowState } from '../../../electron/main/window-state';
import type { WindowState } from '../../../electron/main/window-state';
import { trackWindowState } from '../../../electron/main/window-state-tracker';

const laptop = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const projectorOnTheRight = { workArea: { x: 1920, y: 0, width: 1280, height: 760 } };
const FILE = '/data/window-state.json';

/** An in-memory file system with the three calls window-state uses. */
function memoryFs(files: Record<string, string> = {}) {
  const store = new Map(Object.entries(files));
  return {
    store,
    readFile: vi.fn(async (file: string) => {
      const text = store.get(file);
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return text;
    }),
    writeFile: vi.fn(async (file: string, data: string) => {
      store.set(file, data);
    }),
    rename: vi.fn(async (from: string, to: string) => {
      const text = store.get(from);
      if (text === undefined) throw new Error('ENOENT');
      store.delete(from);
      store.set(to, text);
    }),
  };
}

const centredDefault = { bounds: { x: 240, y: 70, width: 1440, height: 900 }, isMaximized: false };

describe('loadWindowState', () => {
  it('starts with a 1440×900 window centred on the primary display when nothing is saved', async () => {
    await expect(loadWindowState(memoryFs(), FILE, [laptop])).resolves.toEqual(centredDefault);
  });

  it.each([
    ['empty', ''],
    ['truncated JSON', '{"bounds":{"x":1'],
    ['not an object', '42'],
    ['null', 'null'],
    ['no bounds', '{"isMaximized":true}'],
    ['text coordinates', '{"bounds":{"x":"0","y":0,"width":800,"height":600}}'],
    ['a zero size', '{"bounds":{"x":0,"y":0,"width":0,"height":600}}'],
    ['a negative size', '{"bounds":{"x":0,"y":0,"width":-800,"height":600}}'],
  ])('falls back to the default for a corrupt file (%s)', async (_label, text) => {
    await expect(loadWindowState(memoryFs({ [FILE]: text }), FILE, [laptop])).resolves.toEqual(centredDefault);
  });

  it('restores a saved window where it was, maximised or not', async () => {
    const saved: WindowState = { bounds: { x: 100, y: 50, width: 1200, height: 800 }, isMaximized: true };
    await expect(loadWindowState(memoryFs({ [FILE]: JSON.stringify(saved) }), FILE, [laptop])).resolves.toEqual(saved);
  });

  it('keeps a window on the second display if that display is still there', async () => {
    const saved: WindowState = { bounds: { x: 2000, y: 40, width: 1000, height: 600 }, isMaximized: false };
    await expect(loadWindowState(memoryFs({ [FILE]: JSON.stringify(saved) }), FILE, [laptop, projectorOnTheRight])).resolves.toEqual(saved);
  });

  it('brings back a window left on a display that is gone', async () => {
    const saved: WindowState = { bounds: { x: 2000, y: 40, width: 1000, height: 600 }, isMaximized: false };
    const state = await loadWindowState(memoryFs({ [FILE]: JSON.stringify(saved) }), FILE, [laptop]);
    expect(state.bounds).toEqual({ x: 460, y: 220, width: 1000, height: 600 });
  });

  it('shrinks a window bigger than the projector it now lives on', async () => {
    const projector = { workArea: { x: 0, y: 0, width: 1280, height: 760 } };
    const saved: WindowState = { bounds: { x: 0, y: 0, width: 2400, height: 1300 }, isMaximized: false };
    const state = await loadWindowState(memoryFs({ [FILE]: JSON.stringify(saved) }), FILE, [projector]);
    expect(state.bounds).toEqual({ x: 0, y: 0, width: 1280, height: 760 });
  });

  it('falls back to a sane size even with no display information', async () => {
    const state = await loadWindowState(memoryFs(), FILE, []);
    expect(state.bounds).toMatchObject(DEFAULT_WINDOW_SIZE);
  });
});

describe('clampToDisplays', () => {
  it.each([
    ['far off to the left', { x: -5000, y: 100, width: 800, height: 600 }],
    ['far below', { x: 100, y: 5000, width: 800, height: 600 }],
    ['title bar above the screen', { x: 100, y: -400, width: 800, height: 600 }],
    ['only a sliver visible', { x: 1880, y: 100, width: 800, height: 600 }],
  ])('re-centres a window %s', (_label, bounds) => {
    const clamped = clampToDisplays(bounds, [laptop]);
    expect(clamped).toEqual({ x: 560, y: 220, width: 800, height: 600 });
  });

  it('pulls a mostly visible window fully onto its display', () => {
    expect(clampToDisplays({ x: 1500, y: 100, width: 800, height: 600 }, [laptop])).toEqual({ x: 1120, y: 100, width: 800, height: 600 });
  });
});

describe('saveWindowState', () => {
  it('writes a temporary file and renames it over the old one', async () => {
    const fs = memoryFs({ [FILE]: 'old' });
    const state: WindowState = { bounds: { x: 1, y: 2, width: 1000, height: 700 }, isMaximized: false };
    await saveWindowState(fs, FILE, state);
    expect(fs.writeFile).toHaveBeenCalledWith(`${FILE}.tmp`, JSON.stringify(state), 'utf8');
    expect(fs.rename).toHaveBeenCalledWith(`${FILE}.tmp`, FILE);
    expect(fs.store.get(FILE)).toBe(JSON.stringify(state));
    await expect(loadWindowState(fs, FILE, [laptop])).resolves.toEqual(state);
  });

  it('leaves the old file intact when the write fails', async () => {
    const fs = memoryFs({ [FILE]: 'old' });
    fs.writeFile.mockRejectedValueOnce(new Error('disk full'));
    await expect(saveWindowState(fs, FILE, centredDefault)).rejects.toThrow('disk full');
    expect(fs.store.get(FILE)).toBe('old');
    expect(fs.rename).not.toHaveBeenCalled();
  });
});

describe('trackWindowState', () => {
  function fakeWindow() {
    const listeners = new Map<string, () => void>();
    return {
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: false,
      on(event: 'resize' | 'move' | 'close', listener: () => void) {
        listeners.set(event, listener);
        return this;
      },
      emit(event: string) {
        listeners.get(event)?.();
      },
      getNormalBounds() {
        return this.bounds;
      },
      isMaximized() {
        return this.maximized;
      },
    };
  }

  it('saves once after a burst of moves and resizes, and immediately on close', () => {
    vi.useFakeTimers();
    try {
      const window = fakeWindow();
      const save = vi.fn();
      trackWindowState(window, save, { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as number) }, 500);

      for (let step = 0; step < 20; step += 1) window.emit(step % 2 === 0 ? 'move' : 'resize');
      expect(save).not.toHaveBeenCalled();
      vi.advanceTimersByTime(500);
      expect(save).toHaveBeenCalledExactlyOnceWith({ bounds: window.bounds, isMaximized: false });

      window.emit('resize');
      window.maximized = true;
      window.emit('close');
      expect(save).toHaveBeenCalledTimes(2);
      expect(save).toHaveBeenLastCalledWith({ bounds: window.bounds, isMaximized: true });
      vi.advanceTimersByTime(1000);
      expect(save).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
