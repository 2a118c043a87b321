import { memo, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { pathKey, type FieldPath } from '../../../shared/editing/field-path';
import { fieldAttribute } from './field-focus';
import { FieldLabel } from './FieldLabel';
import { getAutosave } from './autosave';

interface AutosaveFieldProps {
  readonly workshopId: string;
  readonly path: FieldPath;
  /** The stored value; the field follows it whenever the facilitator is not mid-edit. */
  readonly value: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly multiline?: boolean;
  readonly type?: 'text' | 'date';
  readonly maxLength?: number;
  readonly placeholder?: string;
  readonly required?: boolean;
  /** Visually hidden label, for fields inside a table row whose column header says what they are. */
  readonly hideLabel?: boolean;
  readonly rows?: number;
  /**
   * For date fields stored as `string | null`: clearing the field stores null. A date field that
   * is not nullable keeps its last valid value when cleared (the schema refuses an empty date).
   */
  readonly nullable?: boolean;
}

/**
 * A text field that commits on a short debounce, so typing never waits for IndexedDB and a reload
 * never loses a keystroke (see pending-edits.ts).
 *
 * Uncontrolled on purpose: the element itself holds what is being typed, so a keystroke costs
 * what it costs in a bare textarea plus one journal write, with no React render (a controlled
 * textarea re-renders and rewrites its text node on every key). The stored value is written into
 * the element only while the facilitator is not typing in it, and the field is memoised, so the
 * live query re-rendering the stage after each commit skips it.
 */
export const AutosaveField = memo(function AutosaveField({
  workshopId,
  path,
  value,
  label,
  hint,
  multiline = false,
  type = 'text',
  maxLength = multiline ? 20_000 : 200,
  placeholder,
  required,
  hideLabel = false,
  rows = 3,
  nullable = false,
}: AutosaveFieldProps) {
  const id = useId();
  const element = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const isEditing = useRef(false);

  // The stored value goes into the element here, not as a defaultValue prop: after every input
  // event React writes a textarea's defaultValue back into its text node, a DOM change per key that
  // grows with the text. On mount, and whenever another window, a restore, an undo or a replay
  // changed the stored value, it is shown, unless the facilitator is typing here.
  // Text still waiting for its commit is newer than the stored value: a field mounted again within
  // the debounce (a stage left and reopened) shows that, so typing on never starts from older text.
  useLayoutEffect(() => {
    const field = element.current;
    if (!field || isEditing.current) return;
    const pending = getAutosave().pendingValue(workshopId, path);
    const shown = pending === undefined ? value : typeof pending.value === 'string' ? pending.value : field.value;
    if (field.value !== shown) field.value = shown;
  }, [value, workshopId, path]);

  const onChange = (next: string) => {
    isEditing.current = true;
    if (type === 'date' && next === '') {
      if (nullable) getAutosave().schedule(workshopId, path, null);
      return;
    }
    getAutosave().schedule(workshopId, path, next);
  };
  const onBlur = () => {
    isEditing.current = false;
    void getAutosave().flush(workshopId, path);
  };

  const common = {
    id,
    ref: element,
    ...fieldAttribute(path),
    maxLength,
    placeholder,
    required,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onBlur,
  };
  return (
    <div className="field">
      <FieldLabel id={id} label={label} hint={hint} hideLabel={hideLabel} />
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  );
}, sameFieldProps);

/**
 * Stage views build a field's path inline (a new array every render): compare it by its key, and
 * everything else as React.memo would. A hint that is an element compares by identity, so it re-renders.
 */
function sameFieldProps(previous: AutosaveFieldProps, next: AutosaveFieldProps): boolean {
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)] as (keyof AutosaveFieldProps)[]);
  for (const key of keys) {
    if (key === 'path') {
      if (pathKey(previous.path) !== pathKey(next.path)) return false;
    } else if (!Object.is(previous[key], next[key])) return false;
  }
  return true;
}
