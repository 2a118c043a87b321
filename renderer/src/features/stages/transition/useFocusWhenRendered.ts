import { useCallback, useLayoutEffect, useRef } from 'react';
import { type FieldPath, pathKey } from '../../../../../shared/editing/field-path';

/**
 * "Focus this field as soon as it exists", for rows a button just added. The shared
 * requestFieldFocus falls back to the nearest list when the field is not there yet, so a render in
 * between — e.g. text still pending from the previous row being flushed first — lands the focus
 * on the list instead of the new row. This waits for the exact field, re-checking after every
 * render of the calling screen (which re-renders whenever the workshop changes).
 */
export function useFocusWhenRendered(): (path: FieldPath) => void {
  const wanted = useRef<string | null>(null);
  useLayoutEffect(() => {
    const key = wanted.current;
    if (key === null) return;
    const element = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(key)}"]`);
    if (!element) return;
    wanted.current = null;
    element.scrollIntoView({ block: 'nearest' });
    element.focus();
  });
  return useCallback((path: FieldPath) => {
    wanted.current = pathKey(path);
  }, []);
}
