/**
 * Scripts injected into the pages under measurement (app and floor alike, so both pay the same
 * instrumentation cost). They run before the page's own scripts, via page.addInitScript.
 */

declare global {
  interface Window {
    __benchScreenfulAt?: number;
    __benchListedAt?: number;
    __benchAppReadyAt?: number;
    __benchKeystrokes?: number[];
    __benchLastKeydown?: number;
    __benchLongTasks?: number[];
  }
}

/** More rows than fit in the 900 px-high window: when they are painted, the library is usable. */
export const FIRST_SCREENFUL_ROWS = 20;

/**
 * Boot: the first animation frame in which the list labelled "Workshops" holds a screenful of rows
 * (usable: seen, searchable, clickable) and the first in which it holds all `count`. The rAF
 * timestamp is that frame's start, and that frame paints the rows; times count from navigation
 * start (performance.timeOrigin). childElementCount keeps the check itself cheap on a big DOM.
 * The rows may be the library's first paint (plain DOM painted before the app's code loads): they
 * are real rows, readable and openable, so they count; the frame in which the app itself is ready
 * is recorded beside them, so the report shows how long that takes too.
 */
export function watchForListedRows({ count, screenful }: { count: number; screenful: number }): void {
  const check = (frameTime: number) => {
    const rows = document.querySelector('ul[aria-label="Workshops"]')?.childElementCount ?? 0;
    // The app (not the floor) also says when every control is live: React has taken over.
    if (window.__benchAppReadyAt === undefined && document.documentElement.dataset['appReady'] === 'true') window.__benchAppReadyAt = frameTime;
    if (rows >= screenful && window.__benchScreenfulAt === undefined) window.__benchScreenfulAt = frameTime;
    if (rows >= count) {
      window.__benchListedAt = frameTime;
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/**
 * Keystroke to next paint: from the keydown event's timeStamp (when the browser received the key)
 * to the end of the next frame. The rAF callback runs just before that frame's style, layout and
 * paint; a message posted from it is delivered after them, so its arrival is "the keystroke is on
 * screen". All of the keystroke's own work (React's synchronous render of a discrete event, its
 * effects, the autosave journal write) happens before that frame and is included.
 */
export function watchKeystrokes(): void {
  window.__benchKeystrokes = [];
  // Main-thread tasks over 50 ms: what a late keystroke was waiting behind (e.g. an autosave commit).
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks?.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  window.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      window.__benchLastKeydown = start;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__benchKeystrokes?.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    { capture: true },
  );
}
