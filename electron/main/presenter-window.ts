import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { placePresenter, presenterWindowOptions, type PresenterDisplay, type PresenterPlacement } from './presenter-placement';

/** What the manager needs of Electron's `screen`; index.ts passes the real one (after 'ready'). */
export interface PresenterScreen {
  /** Primary display first. */
  getAllDisplays(): readonly PresenterDisplay[];
  getDisplayMatching(rect: Rectangle): PresenterDisplay;
}

/** What the manager does to the presenter's BrowserWindow. */
export interface PresenterWindow {
  isDestroyed(): boolean;
  isFullScreen(): boolean;
  setFullScreen(flag: boolean): void;
  setBounds(bounds: Rectangle): void;
  close(): void;
  reload(): void;
  once(event: 'closed' | 'leave-full-screen', listener: () => void): unknown;
}

export interface PresenterWindowDeps {
  readonly screen: PresenterScreen;
  /** Where the facilitator's (main) window is; null when it is closed. */
  readonly facilitatorBounds: () => Rectangle | null;
  /** The one window factory's secure options (window-factory.ts). */
  readonly secureOptions: () => BrowserWindowConstructorOptions;
}

export interface PresenterWindowManager {
  /** For the window.open handler: the presenter's options, placed for the displays right now. */
  windowOptions(): BrowserWindowConstructorOptions;
  /** From 'did-create-window': the window those options made. */
  adopt(window: PresenterWindow): void;
  /** From screen 'display-removed': a presenter on that display comes back, windowed, still open. */
  displayRemoved(display: Pick<PresenterDisplay, 'id'>): void;
  /** From screen 'display-added': a projector plugged in mid-session takes a windowed presenter, full screen. */
  displayAdded(display: Pick<PresenterDisplay, 'id'>): void;
  /** From the main window's 'closed': the wall goes with it, or it would keep the app running alone. */
  facilitatorClosed(): void;
  /** A new team server policy: the wall loads again under it, where it is (it only reads, nothing to flush). */
  reload(): void;
}

interface Placed {
  readonly placement: PresenterPlacement | null;
  /** Where the facilitator's window was when the presenter was placed. */
  readonly facilitatorDisplayId: number | null;
}

/**
 * Puts the presenter on the projector and keeps it there sensibly while cables come and go. A
 * presenter is never closed by a display change: the facilitator decides when it goes (Esc).
 */
export function createPresenterWindowManager(deps: PresenterWindowDeps): PresenterWindowManager {
  let presenter: { window: PresenterWindow; placed: Placed } | null = null;
  /** The placement of the options most recently handed out, waiting for its window to be created. */
  let pending: Placed = { placement: null, facilitatorDisplayId: null };

  const placeNow = (): Placed => {
    const facilitator = deps.facilitatorBounds();
    const facilitatorDisplayId = facilitator === null ? null : deps.screen.getDisplayMatching(facilitator).id;
    return { placement: placePresenter(deps.screen.getAllDisplays(), facilitatorDisplayId), facilitatorDisplayId };
  };

  const livePresenter = () => (presenter !== null && !presenter.window.isDestroyed() ? presenter : null);

  const move = (current: NonNullable<typeof presenter>, placed: Placed) => {
    const { placement } = placed;
    if (placement === null) return;
    current.placed = placed;
    const { window } = current;
    const settle = () => {
      if (window.isDestroyed()) return;
      window.setBounds(placement.bounds);
      if (placement.isFullScreen) window.setFullScreen(true);
    };
    // A full-screen window ignores new bounds (and on macOS animates out of its own Space): leave
    // full screen first, then move once the window says it has.
    if (window.isFullScreen()) {
      window.once('leave-full-screen', settle);
      window.setFullScreen(false);
    } else {
      settle();
    }
  };

  return {
    windowOptions() {
      pending = placeNow();
      return presenterWindowOptions(deps.secureOptions(), pending.placement);
    },

    adopt(window) {
      const adopted = { window, placed: pending };
      presenter = adopted;
      pending = { placement: null, facilitatorDisplayId: null };
      window.once('closed', () => {
        if (presenter === adopted) presenter = null;
      });
    },

    displayRemoved(display) {
      const current = livePresenter();
      if (current === null) return;
      // The projector went (the presenter comes back), or the facilitator's own screen went (the OS
      // moves their window onto the projector, where a full-screen presenter would now cover it).
      const { placement, facilitatorDisplayId } = current.placed;
      if (placement?.displayId !== display.id && facilitatorDisplayId !== display.id) return;
      move(current, placeNow());
    },

    displayAdded() {
      const current = livePresenter();
      if (current === null || current.placed.placement?.isFullScreen === true) return;
      const placed = placeNow();
      if (placed.placement?.isFullScreen === true) move(current, placed);
    },

    facilitatorClosed() {
      livePresenter()?.window.close();
    },

    reload() {
      livePresenter()?.window.reload();
    },
  };
}
