/** One presenter window at a time: the name makes the browser (and Electron) reuse it. */
export const PRESENTER_WINDOW_NAME = 'endfirst-presenter';

/** The window the facilitator opened, kept so a second "Present" focuses it instead of opening another. */
let presenterWindow: Window | null = null;

/**
 * Opens the projector view of a workshop, or brings the open one forward (switching it to this
 * workshop if it showed another). The same call serves Electron, whose main process places the
 * window on the external display (electron/main/presenter-window.ts), and a plain browser.
 * False when no window could be opened (a browser's pop-up blocker).
 */
export function openPresenter(workshopId: string): boolean {
  const hash = `#/present/${encodeURIComponent(workshopId)}`;
  if (presenterWindow !== null && !presenterWindow.closed && showIn(presenterWindow, hash)) return true;
  // No "noopener": the name lookup and `.closed` need the opener link. The size is the browser's
  // first guess; Electron overrides it with the display it chose.
  presenterWindow = window.open(hash, PRESENTER_WINDOW_NAME, 'popup,width=1280,height=720');
  presenterWindow?.focus();
  return presenterWindow !== null;
}

/** Points the open presenter at the workshop; false if it cannot be reached (it left our origin). */
function showIn(presenter: Window, hash: string): boolean {
  try {
    if (presenter.location.hash !== hash) presenter.location.hash = hash;
    presenter.focus();
    return true;
  } catch {
    return false;
  }
}
