import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import {
  centredSixteenByNine,
  placePresenter,
  presenterWindowOptions,
  type PresenterDisplay,
} from '../../../electron/main/presenter-placement';
import { createPresenterWindowManager, type PresenterWindow } from '../../../electron/main/presenter-window';

/** A 1920×1080 laptop panel with a taskbar, and a 1280×720 projector to its right. */
const laptop: PresenterDisplay = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  internal: true,
};
const projector: PresenterDisplay = {
  id: 2,
  bounds: { x: 1920, y: 0, width: 1280, height: 720 },
  workArea: { x: 1920, y: 0, width: 1280, height: 720 },
  internal: false,
};
/** A desktop monitor: not internal, like the projector. */
const monitor: PresenterDisplay = {
  id: 3,
  bounds: { x: -2560, y: 0, width: 2560, height: 1440 },
  workArea: { x: -2560, y: 0, width: 2560, height: 1400 },
  internal: false,
};

const onLaptop: Rectangle = { x: 100, y: 100, width: 1440, height: 900 };
const onProjector: Rectangle = { x: 2000, y: 50, width: 1000, height: 600 };
const onMonitor: Rectangle = { x: -2000, y: 100, width: 1440, height: 900 };

/** The laptop's windowed presenter: 16:9 at 80% of the work area's height, centred. */
const windowedOnLaptop: Rectangle = { x: 221, y: 104, width: 1479, height: 832 };

describe('placePresenter', () => {
  it.each([
    ['one display: a centred 16:9 window beside the facilitator', [laptop], laptop.id, { displayId: 1, isFullScreen: false, bounds: windowedOnLaptop }],
    ['facilitator on the laptop: full screen on the projector', [laptop, projector], laptop.id, { displayId: 2, isFullScreen: true, bounds: projector.bounds }],
    [
      'facilitator already on the projector: a window there, never the laptop panel',
      [laptop, projector],
      projector.id,
      { displayId: 2, isFullScreen: false, bounds: centredSixteenByNine(projector.workArea) },
    ],
    ['facilitator on a monitor: full screen on the projector', [laptop, monitor, projector], monitor.id, { displayId: 2, isFullScreen: true, bounds: projector.bounds }],
    ['two external displays: the first listed (primary first) wins', [laptop, monitor, projector], laptop.id, { displayId: 3, isFullScreen: true, bounds: monitor.bounds }],
    ['no facilitator window: the first external display', [laptop, projector], null, { displayId: 2, isFullScreen: true, bounds: projector.bounds }],
    ['no displays at all', [], null, null],
  ])('%s', (_case, displays, facilitatorDisplayId, expected) => {
    expect(placePresenter(displays, facilitatorDisplayId)).toEqual(expected);
  });

  it.each([
    [{ x: 0, y: 0, width: 1920, height: 1040 }, windowedOnLaptop],
    // A tall portrait screen: the width limits, not the height.
    [{ x: 0, y: 0, width: 1080, height: 1880 }, { x: 108, y: 697, width: 864, height: 486 }],
    [{ x: 1920, y: 0, width: 1280, height: 720 }, { x: 2048, y: 72, width: 1024, height: 576 }],
  ])('centres a 16:9 window in %j', (area, expected) => {
    const bounds = centredSixteenByNine(area);
    expect(bounds).toEqual(expected);
    expect(Math.abs(bounds.width / bounds.height - 16 / 9)).toBeLessThan(0.01);
  });
});

describe('presenterWindowOptions', () => {
  const secure: BrowserWindowConstructorOptions = {
    width: 1440,
    height: 900,
    minWidth: 960,
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
  };

  it('keeps the factory’s secure preferences and applies the placement', () => {
    const options = presenterWindowOptions(secure, { displayId: 2, isFullScreen: true, bounds: projector.bounds });
    expect(options).toMatchObject({ ...projector.bounds, fullscreen: true, show: true, title: 'Endfirst — presenting', autoHideMenuBar: true });
    expect(options.webPreferences).toBe(secure.webPreferences);
    expect(options.minWidth).toBeLessThanOrEqual(centredSixteenByNine(projector.workArea).width);
  });

  it('opens windowed at the factory’s size when there is nowhere to place it', () => {
    expect(presenterWindowOptions(secure, null)).toMatchObject({ width: 1440, height: 900, fullscreen: false });
  });
});

/** A BrowserWindow that leaves full screen only when the test says the OS has finished. */
function fakeWindow(initialBounds: Rectangle, isInitiallyFullScreen: boolean) {
  const listeners = new Map<string, Array<() => void>>();
  const emit = (event: string) => {
    const waiting = listeners.get(event) ?? [];
    listeners.delete(event);
    for (const listener of waiting) listener();
  };
  const state = { bounds: initialBounds, isFullScreen: isInitiallyFullScreen, isDestroyed: false, calls: [] as string[] };
  const window: PresenterWindow = {
    isDestroyed: () => state.isDestroyed,
    isFullScreen: () => state.isFullScreen,
    setFullScreen: (flag) => {
      state.calls.push(`setFullScreen(${flag})`);
      if (flag) state.isFullScreen = true;
    },
    setBounds: (bounds) => {
      state.calls.push('setBounds');
      state.bounds = bounds;
    },
    once: (event, listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    close: () => {
      state.calls.push('close');
      state.isDestroyed = true;
      emit('closed');
    },
    reload: () => {
      state.calls.push('reload');
    },
  };
  return {
    window,
    state,
    finishLeavingFullScreen: () => {
      state.isFullScreen = false;
      emit('leave-full-screen');
    },
    /** The presenter closed by itself (Esc). */
    close: () => {
      state.isDestroyed = true;
      emit('closed');
    },
  };
}

/** Electron's screen as a list the test edits: plugging a cable in or out. */
function fakeScreen(initial: PresenterDisplay[]) {
  let displays = [...initial];
  const contains = (display: PresenterDisplay, rect: Rectangle) =>
    rect.x >= display.bounds.x && rect.x < display.bounds.x + display.bounds.width;
  return {
    screen: {
      getAllDisplays: () => displays,
      getDisplayMatching: (rect: Rectangle) => displays.find((display) => contains(display, rect)) ?? displays[0]!,
    },
    plug: (display: PresenterDisplay) => {
      displays = [...displays, display];
    },
    unplug: (display: PresenterDisplay) => {
      displays = displays.filter((candidate) => candidate.id !== display.id);
    },
  };
}

function session(displays: PresenterDisplay[], facilitator: Rectangle) {
  const screen = fakeScreen(displays);
  const facilitatorWindow = { bounds: facilitator };
  const manager = createPresenterWindowManager({
    screen: screen.screen,
    facilitatorBounds: () => facilitatorWindow.bounds,
    secureOptions: () => ({ webPreferences: { sandbox: true } }),
  });
  /** What window.open does in Electron: ask for the options, then create the window with them. */
  const present = () => {
    const options = manager.windowOptions();
    const bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 0, height: options.height ?? 0 };
    const created = fakeWindow(bounds, options.fullscreen === true);
    manager.adopt(created.window);
    return { options, ...created };
  };
  return { ...screen, manager, facilitatorWindow, present };
}

describe('presenter window manager', () => {
  it('one display: a window beside the facilitator’s, not full screen', () => {
    const { present } = session([laptop], onLaptop);
    const { options } = present();
    expect(options).toMatchObject({ ...windowedOnLaptop, fullscreen: false, webPreferences: { sandbox: true } });
  });

  it.each([
    ['the laptop', onLaptop, { ...projector.bounds, fullscreen: true }],
    ['the projector', onProjector, { ...centredSixteenByNine(projector.workArea), fullscreen: false }],
  ])('two displays, facilitator on %s', (_case, facilitator, expected) => {
    const { present } = session([laptop, projector], facilitator);
    expect(present().options).toMatchObject(expected);
  });

  it('the projector unplugged mid-session: the presenter leaves full screen, then comes back windowed and stays open', () => {
    const { present, unplug, manager } = session([laptop, projector], onLaptop);
    const presenter = present();
    expect(presenter.state.isFullScreen).toBe(true);

    unplug(projector);
    manager.displayRemoved(projector);
    // Bounds are ignored while full screen: nothing moves until the window has left it.
    expect(presenter.state.calls).toEqual(['setFullScreen(false)']);
    presenter.finishLeavingFullScreen();

    expect(presenter.state.calls).toEqual(['setFullScreen(false)', 'setBounds']);
    expect(presenter.state.bounds).toEqual(windowedOnLaptop);
    expect(presenter.state.isFullScreen).toBe(false);
    expect(presenter.state.isDestroyed).toBe(false);
  });

  it('a display other than the presenter’s or the facilitator’s going away changes nothing', () => {
    const { present, unplug, manager } = session([laptop, projector, monitor], onLaptop);
    const presenter = present();
    unplug(monitor);
    manager.displayRemoved(monitor);
    expect(presenter.state.calls).toEqual([]);
  });

  it('the facilitator’s own display going away: the presenter stops covering the one screen left', () => {
    const { present, unplug, manager, facilitatorWindow } = session([monitor, projector], onMonitor);
    const presenter = present();
    expect(presenter.state.isFullScreen).toBe(true);

    unplug(monitor);
    facilitatorWindow.bounds = onProjector; // the OS moved the facilitator's window over
    manager.displayRemoved(monitor);
    presenter.finishLeavingFullScreen();

    expect(presenter.state.bounds).toEqual(centredSixteenByNine(projector.workArea));
    expect(presenter.state.isFullScreen).toBe(false);
  });

  it('a projector plugged in mid-session takes the windowed presenter, full screen', () => {
    const { present, plug, manager } = session([laptop], onLaptop);
    const presenter = present();
    plug(projector);
    manager.displayAdded(projector);
    expect(presenter.state.calls).toEqual(['setBounds', 'setFullScreen(true)']);
    expect(presenter.state.bounds).toEqual(projector.bounds);
    expect(presenter.state.isFullScreen).toBe(true);
  });

  it('unplugged and plugged back in: back to windowed, then full screen on the projector again', () => {
    const { present, plug, unplug, manager } = session([laptop, projector], onLaptop);
    const presenter = present();
    unplug(projector);
    manager.displayRemoved(projector);
    presenter.finishLeavingFullScreen();
    plug(projector);
    manager.displayAdded(projector);
    expect(presenter.state.bounds).toEqual(projector.bounds);
    expect(presenter.state.isFullScreen).toBe(true);
  });

  it('a presenter already on a projector stays put when another display is added', () => {
    const { present, plug, manager } = session([laptop, projector], onLaptop);
    const presenter = present();
    plug(monitor);
    manager.displayAdded(monitor);
    expect(presenter.state.calls).toEqual([]);
  });

  it('adding a display that is no projector for us (the facilitator has only internal panels) leaves the window', () => {
    const secondPanel: PresenterDisplay = { ...projector, id: 9, internal: true };
    const { present, plug, manager } = session([laptop], onLaptop);
    const presenter = present();
    plug(secondPanel);
    manager.displayAdded(secondPanel);
    expect(presenter.state.calls).toEqual([]);
  });

  it('closes with the facilitator’s window, so it never keeps the app running on its own', () => {
    const { present, manager } = session([laptop, projector], onLaptop);
    const presenter = present();
    manager.facilitatorClosed();
    expect(presenter.state.calls).toEqual(['close']);
    expect(presenter.state.isDestroyed).toBe(true);
  });

  it('forgets a closed presenter: display changes after Esc touch nothing', () => {
    const { present, unplug, plug, manager } = session([laptop, projector], onLaptop);
    const presenter = present();
    presenter.close();
    unplug(projector);
    manager.displayRemoved(projector);
    plug(projector);
    manager.displayAdded(projector);
    manager.facilitatorClosed();
    expect(presenter.state.calls).toEqual([]);
  });

  it('reloads a live presenter where it is, for a new policy, and touches a closed one not at all', () => {
    const { present, manager } = session([laptop, projector], onLaptop);
    const presenter = present();
    manager.reload();
    expect(presenter.state.calls).toEqual(['reload']);
    presenter.close();
    manager.reload();
    expect(presenter.state.calls).toEqual(['reload']);
  });
});
