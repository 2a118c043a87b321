import { useEffect, useId, useRef, useState } from 'react';
import type { FieldPath } from '../../../shared/editing/field-path';
import { fieldAttribute } from './field-focus';
import { FieldLabel } from './FieldLabel';
import { getAutosave } from './autosave';

export type { ParseOutcome } from '../../../shared/editing/parse-outcome';
import type { ParseOutcome } from '../../../shared/editing/parse-outcome';

interface AutosaveParsedFieldProps<T> {
  readonly workshopId: string;
  readonly path: FieldPath;
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
  /** Turns what was typed into the stored value, or says what is wrong with it. */
  readonly parse: (text: string) => ParseOutcome<T>;
  /** How a stored value is shown when the facilitator is not typing. */
  readonly format: (value: T) => string;
  readonly inputMode?: 'numeric' | 'decimal' | 'text';
  readonly hideLabel?: boolean;
}

/**
 * A field whose text is not the value: "50k" is stored as 5,000,000 cents, "12" weeks as 12.
 * Valid input autosaves like any text; invalid input shows why and stores nothing (never NaN).
 * On blur a valid entry is reformatted ("50k" → "50,000").
 */
export function AutosaveParsedField<T>({
  workshopId,
  path,
  value,
  label,
  hint,
  parse,
  format,
  inputMode = 'decimal',
  hideLabel = false,
}: AutosaveParsedFieldProps<T>) {
  const id = useId();
  const [text, setText] = useState(() => format(value));
  const [problem, setProblem] = useState<string | null>(null);
  const isEditing = useRef(false);

  useEffect(() => {
    if (!isEditing.current && !getAutosave().hasPending(workshopId, path)) setText(format(value));
  }, [value, workshopId, path, format]);

  const onChange = (next: string) => {
    isEditing.current = true;
    setText(next);
    const parsed = parse(next);
    setProblem(parsed.ok ? null : parsed.message);
    if (parsed.ok) getAutosave().schedule(workshopId, path, parsed.value);
  };
  const onBlur = () => {
    isEditing.current = false;
    void getAutosave().flush(workshopId, path);
    const parsed = parse(text);
    if (parsed.ok) setText(format(parsed.value));
  };

  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <FieldLabel id={id} label={label} hint={hint} hideLabel={hideLabel} />
      <input
        id={id}
        {...fieldAttribute(path)}
        value={text}
        inputMode={inputMode}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      {problem && (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/** Whole numbers in a range, or empty for "not decided yet". */
export function parseWholeNumber(min: number, max: number) {
  return (text: string): ParseOutcome<number | null> => {
    const trimmed = text.trim().replace(/[\s,.'’]/g, ''); // group separators of any locale
    if (trimmed === '') return { ok: true, value: null };
    if (!/^\d+$/.test(trimmed)) return { ok: false, message: `Enter a whole number from ${min} to ${max}.` };
    const value = Number(trimmed);
    return value >= min && value <= max ? { ok: true, value } : { ok: false, message: `Enter a whole number from ${min} to ${max}.` };
  };
}

export const formatWholeNumber = (value: number | null) => (value === null ? '' : value.toLocaleString());
