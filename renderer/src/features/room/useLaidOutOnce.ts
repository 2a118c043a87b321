import { useLayoutEffect, type RefObject } from 'react';

/** Set on the room section while its first real layout is made (room.css turns skipping off). */
const FIRST_LAYOUT_ATTRIBUTE = 'data-first-layout';

/**
 * The wall of notes skips rendering while it is out of view (content-visibility: auto), and a
 * skipped element takes the size it had when it was last rendered. One that was never rendered
 * takes a guess instead (contain-intrinsic-size), so the first time the wall came into view the
 * page grew by the difference (860 px for ten notes) and everything under it moved: the Next stage
 * link jumped away between a press and its release, and the click landed on a note.
 *
 * So each time a stage's wall appears it is laid out for real once, then skipping starts with
 * sizes the browser has remembered: the wall keeps its size whether it is in view or not. The
 * attribute goes after the first ResizeObserver report (the browser records remembered sizes in
 * that same step) and one more frame.
 */
export function useLaidOutOnce(element: RefObject<HTMLElement | null>, layoutKey: string): void {
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    target.setAttribute(FIRST_LAYOUT_ATTRIBUTE, 'true');
    let frame = 0;
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      frame = requestAnimationFrame(() => target.removeAttribute(FIRST_LAYOUT_ATTRIBUTE));
    });
    observer.observe(target);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      target.removeAttribute(FIRST_LAYOUT_ATTRIBUTE);
    };
  }, [element, layoutKey]);
}
