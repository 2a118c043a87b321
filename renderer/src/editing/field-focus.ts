import { create } from 'zustand';
import { pathKey, type FieldPath } from '../../../shared/editing/field-path';

/**
 * "Go to…" from a finding, or a freshly added row: focus a field once it has rendered. Fields
 * carry `data-field="<path key>"`; the workshop screen calls focusRequestedField after each render.
 */
interface FocusRequest {
  /** The path key of the field to focus, or null when nothing is requested. */
  readonly target: string | null;
  /** When it was requested (epoch ms). */
  readonly at: number;
  /** The enclosing list or section focused while the exact field is still on its way, if any. */
  readonly stopgap: HTMLElement | null;
}

export const useFieldFocus = create<FocusRequest>()(() => ({ target: null, at: 0, stopgap: null }));

/** A new row appears a render or two after its edit commits: wait this long for the exact field. */
const EXACT_MATCH_GRACE_MS = 600;
/** A request nothing answers is dropped, so it cannot steal focus minutes later. */
const REQUEST_EXPIRY_MS = 4000;

export const requestFieldFocus = (path: FieldPath) =>
  useFieldFocus.setState({ target: pathKey(path), at: Date.now(), stopgap: null });

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
 * participants list for "add a participant"). The request stays open until it expires: on a busy
 * machine the new row can take longer than the grace period, and when it does appear it still gets
 * the focus, unless the facilitator has moved on from the stopgap. Returns true when nothing is
 * left to do.
 */
export function focusRequestedField(root: ParentNode = document, now = Date.now()): boolean {
  const { target, at, stopgap } = useFieldFocus.getState();
  if (target === null) return true;
  const age = now - at;
  if (age > REQUEST_EXPIRY_MS) {
    useFieldFocus.setState({ target: null, stopgap: null });
    return true;
  }
  const exact = find(root, target);
  if (exact) {
    // An empty-list stopgap is usually replaced by the list itself when the first row arrives, which
    // drops the focus to the body: that is not the facilitator moving on.
    const focusMovedOn =
      stopgap !== null && stopgap.isConnected && document.activeElement !== stopgap && document.activeElement !== document.body;
    if (!focusMovedOn) {
      exact.scrollIntoView({ block: 'center' });
      exact.focus();
    }
    useFieldFocus.setState({ target: null, stopgap: null });
    return true;
  }
  if (stopgap !== null || age < EXACT_MATCH_GRACE_MS) return false;
  for (let key = target.slice(0, Math.max(0, target.lastIndexOf('.'))); key !== ''; key = key.slice(0, Math.max(0, key.lastIndexOf('.')))) {
    const enclosing = find(root, key);
    if (enclosing) {
      enclosing.scrollIntoView({ block: 'center' });
      enclosing.focus();
      useFieldFocus.setState({ stopgap: enclosing });
      return false;
    }
  }
  return false;
}
