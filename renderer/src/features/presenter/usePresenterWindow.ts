import { useEffect } from 'react';

/** How long the pointer may rest before it disappears from the projected picture. */
const CURSOR_IDLE_MS = 2000;

/**
 * The presenter is a window of its own: its title, Esc to close it, and no pointer drawn over
 * the question once the mouse rests.
 */
export function usePresenterWindow(isResolved: boolean): void {
  useEffect(() => {
    const previousTitle = document.title;
    document.title = 'Endfirst — presenting';
    return () => {
      document.title = previousTitle;
    };
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Only a window opened by the app can close itself; a tab typed in by hand ignores this.
      if (event.key === 'Escape') window.close();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const hideLater = () => {
      root.classList.remove('presenter-cursor-hidden');
      clearTimeout(timeout);
      timeout = setTimeout(() => root.classList.add('presenter-cursor-hidden'), CURSOR_IDLE_MS);
    };
    hideLater();
    window.addEventListener('pointermove', hideLater);
    window.addEventListener('pointerdown', hideLater);
    return () => {
      clearTimeout(timeout);
      window.removeEventListener('pointermove', hideLater);
      window.removeEventListener('pointerdown', hideLater);
      root.classList.remove('presenter-cursor-hidden');
    };
  }, []);

  // A missing workshop is also a finished render: whoever waits for the presenter stops waiting.
  useEffect(() => {
    if (isResolved) document.documentElement.dataset['presenterReady'] = 'true';
    return () => {
      delete document.documentElement.dataset['presenterReady'];
    };
  }, [isResolved]);
}
