import { useEffect, useId, useRef, useState } from 'react';
import type { FieldPath } from '../../../../../shared/editing/field-path';
import { getAutosave } from '../../autosave/autosave';
import { fieldAttribute } from '../../fields/field-focus';

interface NullableDateFieldProps {
  readonly workshopId: string;
  readonly path: FieldPath;
  /** The stored date (YYYY-MM-DD), or null for "no date yet". */
  readonly value: string | null;
  readonly label: string;
  readonly hint?: string;
  readonly hideLabel?: boolean;
}

/**
 * AutosaveField for a date the schema allows to be null (start date, go/no-go date, due date).
 * AutosaveField would store an emptied date as '' — which the file format refuses (DateSchema),
 * so a backup or an export of the plan would no longer load. This one stores null instead, and
 * otherwise goes through the same debounced, journalled autosave.
 */
export function NullableDateField({ workshopId, path, value, label, hint, hideLabel = false }: NullableDateFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  const isEditing = useRef(false);

  useEffect(() => {
    if (!isEditing.current && !getAutosave().hasPending(workshopId, path)) setDraft(value ?? '');
  }, [value, workshopId, path]);

  const onChange = (next: string) => {
    isEditing.current = true;
    setDraft(next);
    getAutosave().schedule(workshopId, path, next === '' ? null : next);
  };
  const onBlur = () => {
    isEditing.current = false;
    void getAutosave().flush(workshopId, path);
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
      <input
        id={id}
        type="date"
        {...fieldAttribute(path)}
        value={draft}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
    </div>
  );
}
