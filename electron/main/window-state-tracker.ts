import type { Rectangle } from 'electron';
import type { WindowState } from './window-state';

export interface TrackedWindow {
  on(event: 'resize', listener: () => void): unknown;
  on(event: 'move', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  /** The un-maximised bounds, so un-maximising next time restores the size the user chose. */
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const SAVE_DELAY_MS = 500;

/**
 * Saves the window state after the user stops dragging or resizing (a drag fires dozens of
 * events a second) and once more, immediately, when the window closes.
 */
export function trackWindowState(
  window: TrackedWindow,
  save: (state: WindowState) => void,
  timers: Timers = { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) },
  delayMs: number = SAVE_DELAY_MS,
): void {
  let pending: unknown = null;
  const current = (): WindowState => ({ bounds: window.getNormalBounds(), isMaximized: window.isMaximized() });
  const cancelPending = () => {
    if (pending !== null) timers.clearTimeout(pending);
    pending = null;
  };
  const saveSoon = () => {
    cancelPending();
    pending = timers.setTimeout(() => {
      pending = null;
      save(current());
    }, delayMs);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', () => {
    cancelPending();
    save(current());
  });
}
