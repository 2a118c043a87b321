/**
 * Scripts injected into the pages under measurement (app and floor alike, so both pay the same
 * instrumentation cost). They run before the page's own scripts, via page.addInitScript.
 */

declare global {
  interface Window {
    __benchListedAt?: number;
    __benchKeystrokes?: number[];
    __benchLastKeydown?: number;
  }
}

/**
 * Boot: the first animation frame in which the list labelled "Workshops" holds `count` rows. The
 * rAF timestamp is that frame's start, and that frame paints the rows; times count from navigation
 * start (performance.timeOrigin).
 */
export function watchForListedRows(count: number): void {
  const check = (frameTime: number) => {
    if (document.querySelectorAll('ul[aria-label="Workshops"] > li').length >= count) {
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
