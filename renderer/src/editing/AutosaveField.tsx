import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { FieldPath } from '../../../shared/editing/field-path';
import { fieldAttribute } from './field-focus';
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
 * A text field that keeps its own state while typing and commits on a short debounce, so typing
 * never waits for IndexedDB and a reload never loses a keystroke (see pending-edits.ts).
 */
export function AutosaveField({
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
  const [draft, setDraft] = useState(value);
  const isEditing = useRef(false);

  // Another window, a restore or a replay changed the stored value: show it unless we are typing.
  useEffect(() => {
    if (!isEditing.current && !getAutosave().hasPending(workshopId, path)) setDraft(value);
  }, [value, workshopId, path]);

  const onChange = (next: string) => {
    isEditing.current = true;
    setDraft(next);
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
    ...fieldAttribute(path),
    value: draft,
    maxLength,
    placeholder,
    required,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onBlur,
  };
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  );
}
