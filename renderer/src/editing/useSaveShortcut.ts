import { useEffect } from 'react';
import { showToast } from '../ui/toasts';
import { getAutosave } from './autosave';
import { useSaveStatus } from './save-status';

/** Ctrl/Cmd+S: habit from every other app. Everything is saved already; this flushes and confirms. */
export function useSaveShortcut() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 's') return;
      event.preventDefault();
      void getAutosave()
        .flushAll()
        .then(() => {
          const { error } = useSaveStatus.getState();
          showToast(error ? { message: `Not saved: ${error}`, tone: 'error' } : { message: 'All changes saved', tone: 'success' }, 2500);
        });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
