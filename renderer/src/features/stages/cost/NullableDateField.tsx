import { useEffect, useId, useRef, useState } from 'react';
import type { FieldPath } from '../../../../../shared/editing/field-path';
import { getAutosave } from '../../autosave/autosave';
import { fieldAttribute } from '../../fields/field-focus';

interface NullableDateFieldProps {
  readonly workshopId: string;
  readonly path: FieldPath;
  readonly value: string | null;
  readonly label: string;
  readonly hint?: string;
}

/**
 * A date the schema stores as 'YYYY-MM-DD' or null. AutosaveField would store an emptied date
 * as '' — which the file format (DateSchema.nullable()) refuses on export and import — so this
 * one autosaves the same way but writes null when the field is cleared.
 * TODO(lead): fold a `nullable` option into AutosaveField and use it here.
 */
export function NullableDateField({ workshopId, path, value, label, hint }: NullableDateFieldProps) {
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
      <label htmlFor={id}>{label}</label>
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
