import { create } from 'zustand';
import { pathKey, type FieldPath } from '../../../../shared/editing/field-path';

/**
 * "Go to…" from a finding: open the stage, then focus the field that fixes it. Fields carry
 * `data-field="<path key>"`; the stage screen focuses the requested one once it has rendered.
 */
export const useFieldFocus = create<{ target: string | null }>()(() => ({ target: null }));

export const requestFieldFocus = (path: FieldPath) => useFieldFocus.setState({ target: pathKey(path) });

export const fieldAttribute = (path: FieldPath) => ({ 'data-field': pathKey(path) });

/** Focuses the requested field (or the nearest list it belongs to); true once done. */
export function focusRequestedField(root: ParentNode = document): boolean {
  const { target } = useFieldFocus.getState();
  if (!target) return true;
  let key = target;
  for (;;) {
    const element = root.querySelector<HTMLElement>(`[data-field="${CSS.escape(key)}"]`);
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus();
      useFieldFocus.setState({ target: null });
      return true;
    }
    const shorter = key.lastIndexOf('.');
    if (shorter < 0) return false;
    key = key.slice(0, shorter);
  }
}
