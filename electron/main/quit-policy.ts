/**
 * Whether the app should quit once its last window has closed.
 *
 * On macOS an app normally stays in the Dock with no window. But a quit (Cmd+Q, the Dock's Quit)
 * also closes the windows, and the close guard holds the first close until the renderer has
 * flushed: Electron cancels a quit whose window close was prevented. When the window then closes
 * after the flush, the quit the facilitator asked for must go on, or Endfirst would linger.
 */
export function shouldQuitWhenAllWindowsClosed(platform: NodeJS.Platform, isQuitRequested: boolean): boolean {
  return platform !== 'darwin' || isQuitRequested;
}
