import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

/** The part of Electron's Display the placement needs. */
export interface PresenterDisplay {
  readonly id: number;
  readonly bounds: Rectangle;
  /** Where windows may go: the bounds minus taskbars and docks. */
  readonly workArea: Rectangle;
  /** The laptop's own panel; a projector or monitor is not internal. */
  readonly internal: boolean;
}

export interface PresenterPlacement {
  readonly displayId: number;
  /** Full screen on a display of its own; a window beside the facilitator's otherwise. */
  readonly isFullScreen: boolean;
  readonly bounds: Rectangle;
}

/** A windowed presenter takes this share of the work area, so the facilitator's window stays reachable. */
const WINDOWED_SHARE = 0.8;

/**
 * Where the room's picture goes: an external display the facilitator's window is not on (the
 * projector), or failing that the facilitator's own display. `displays` come primary first, so
 * with two projectors the earlier one wins.
 */
export function choosePresenterDisplay(
  displays: readonly PresenterDisplay[],
  facilitatorDisplayId: number | null,
): PresenterDisplay | null {
  const projector = displays.find((display) => display.id !== facilitatorDisplayId && !display.internal);
  return projector ?? displays.find((display) => display.id === facilitatorDisplayId) ?? displays[0] ?? null;
}

export function placePresenter(displays: readonly PresenterDisplay[], facilitatorDisplayId: number | null): PresenterPlacement | null {
  const display = choosePresenterDisplay(displays, facilitatorDisplayId);
  if (display === null) return null;
  const isProjector = display.id !== facilitatorDisplayId && !display.internal;
  if (isProjector) return { displayId: display.id, isFullScreen: true, bounds: display.bounds };
  return { displayId: display.id, isFullScreen: false, bounds: centredSixteenByNine(display.workArea) };
}

/** The largest 16:9 window within WINDOWED_SHARE of the area, centred: the shape of the projector picture. */
export function centredSixteenByNine(area: Rectangle): Rectangle {
  const width = Math.round(Math.min(area.width * WINDOWED_SHARE, ((area.height * WINDOWED_SHARE) * 16) / 9));
  const height = Math.round((width * 9) / 16);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/** Matches the presenter's page, so a projector never flashes white while it loads. */
export const PRESENTER_BACKGROUND = '#0c0f13';

/**
 * The presenter's window options: the secure options of the one window factory, placed. The
 * minimum size is smaller than the main window's: a 1280×720 projector must fit a windowed one.
 */
export function presenterWindowOptions(
  secureOptions: BrowserWindowConstructorOptions,
  placement: PresenterPlacement | null,
): BrowserWindowConstructorOptions {
  return {
    ...secureOptions,
    ...(placement?.bounds ?? {}),
    minWidth: 640,
    minHeight: 360,
    fullscreen: placement?.isFullScreen ?? false,
    title: 'Endfirst — presenting',
    backgroundColor: PRESENTER_BACKGROUND,
    // No menu bar on the wall (Windows, Linux); the shortcuts still reach the main window's menu.
    autoHideMenuBar: true,
    show: true,
    // Never weaken the factory's preferences, whatever the placement says.
    webPreferences: secureOptions.webPreferences,
  };
}
