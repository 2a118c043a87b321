import { create } from 'zustand';
import { pathKey, type FieldPath } from '../../../../shared/editing/field-path';

/**
 * "Go to…" from a finding, or a freshly added row: focus a field once it has rendered. Fields
 * carry `data-field="<path key>"`; the workshop screen calls focusRequestedField after each render.
 */
interface FocusRequest {
  /** The path key of the field to focus, or null when nothing is requested. */
  readonly target: string | null;
  /** When it was requested (epoch ms). */
  readonly at: number;
}

export const useFieldFocus = create<FocusRequest>()(() => ({ target: null, at: 0 }));

/** A new row appears a render or two after its edit commits: wait this long for the exact field. */
const EXACT_MATCH_GRACE_MS = 600;
/** A request nothing answers is dropped, so it cannot steal focus minutes later. */
const REQUEST_EXPIRY_MS = 4000;

export const requestFieldFocus = (path: FieldPath) =>
  useFieldFocus.setState({ target: pathKey(path), at: Date.now() });

export const fieldAttribute = (path: FieldPath) => ({ 'data-field': pathKey(path) });

/**
 * A field in an open modal dialog wins: the page behind it is inert, and a drawer may show the same
 * list as the stage under it (the decisions log over the Review stage).
 */
const find = (root: ParentNode, key: string) => {
  const selector = `[data-field="${CSS.escape(key)}"]`;
  return root.querySelector<HTMLElement>(`dialog[open] ${selector}`) ?? root.querySelector<HTMLElement>(selector);
};

/**
 * Focuses the requested field. If it is not there (yet), after a short grace period the nearest
 * enclosing list or section with a data-field takes the focus instead (e.g. the empty
 * participants list for "add a participant"). Returns true when nothing is left to do.
 */
export function focusRequestedField(root: ParentNode = document, now = Date.now()): boolean {
  const { target, at } = useFieldFocus.getState();
  if (target === null) return true;
  const age = now - at;
  if (age > REQUEST_EXPIRY_MS) {
    useFieldFocus.setState({ target: null });
    return true;
  }
  let key = target;
  for (let element = find(root, key); ; element = find(root, key)) {
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus();
      useFieldFocus.setState({ target: null });
      return true;
    }
    const shorter = key.lastIndexOf('.');
    if (shorter < 0 || age < EXACT_MATCH_GRACE_MS) return false;
    key = key.slice(0, shorter);
  }
}
