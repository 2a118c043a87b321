import type { Rectangle } from 'electron';

export interface WindowState {
  readonly bounds: Rectangle;
  readonly isMaximized: boolean;
}

/** The part of a Display we need: where windows may go (the work area leaves out taskbars and docks). */
export interface DisplayArea {
  readonly workArea: Rectangle;
}

/** The few file operations we need, injected so tests use a fake and main uses node:fs/promises. */
export interface WindowStateFs {
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  writeFile(file: string, data: string, encoding: 'utf8'): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

export const DEFAULT_WINDOW_SIZE = { width: 1440, height: 900 } as const;
/** A window must show at least this much of itself on some display, or it is moved back. */
const MIN_VISIBLE = 100;

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function readSavedState(raw: string): WindowState | null {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { bounds, isMaximized } = data as { bounds?: Partial<Record<keyof Rectangle, unknown>>; isMaximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds;
  if (!isFiniteNumber(x) || !isFiniteNumber(y) || !isFiniteNumber(width) || !isFiniteNumber(height)) return null;
  if (width <= 0 || height <= 0) return null;
  return { bounds: { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) }, isMaximized: isMaximized === true };
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** Fits `size` inside `area` and centres it there. */
export function centredIn(area: Rectangle, size: { width: number; height: number }): Rectangle {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Keeps a remembered window reachable: the laptop that was docked to a big monitor yesterday is
 * on a projector today. If enough of the window (and its title bar) is on a display it stays where
 * it was, shrunk to fit that display; otherwise it is centred on the primary display.
 */
export function clampToDisplays(bounds: Rectangle, displays: readonly DisplayArea[]): Rectangle {
  const primary = displays[0]?.workArea ?? { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE };
  const home = displays.find(({ workArea }) => {
    const { width, height } = overlap(bounds, workArea);
    const titleBarVisible = bounds.y >= workArea.y && bounds.y < workArea.y + workArea.height;
    return width >= MIN_VISIBLE && height >= MIN_VISIBLE && titleBarVisible;
  });
  if (home === undefined) return centredIn(primary, bounds);

  const area = home.workArea;
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  return {
    x: Math.min(Math.max(bounds.x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(bounds.y, area.y), area.y + area.height - height),
    width,
    height,
  };
}

/**
 * Never fails: a missing, unreadable or corrupt file means "first launch", a 1440×900 window
 * centred on the primary display (the first in `displays`). A window state is a convenience and
 * must never stand between the facilitator and their workshop.
 */
export async function loadWindowState(fs: Pick<WindowStateFs, 'readFile'>, file: string, displays: readonly DisplayArea[]): Promise<WindowState> {
  let raw: string | null = null;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch {
    raw = null;
  }
  const saved = raw === null ? null : readSavedState(raw);
  if (saved === null) {
    const primary = displays[0]?.workArea ?? { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE };
    return { bounds: centredIn(primary, DEFAULT_WINDOW_SIZE), isMaximized: false };
  }
  return { bounds: clampToDisplays(saved.bounds, displays), isMaximized: saved.isMaximized };
}

/** Written to a temporary file and renamed over the old one, so a crash mid-write leaves the old state. */
export async function saveWindowState(fs: Pick<WindowStateFs, 'writeFile' | 'rename'>, file: string, state: WindowState): Promise<void> {
  const temporary = `${file}.tmp`;
  await fs.writeFile(temporary, JSON.stringify(state), 'utf8');
  await fs.rename(temporary, file);
}
