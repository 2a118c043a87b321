import { useId } from 'react';
import type { FieldPath } from '../../../shared/editing/field-path';
import { fieldAttribute } from './field-focus';
import { useOptimisticValue } from './useOptimisticValue';

interface ChoiceFieldProps<T extends string> {
  readonly path: FieldPath;
  readonly label: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
  readonly hideLabel?: boolean;
}

/** A native select: keyboard and screen-reader friendly without any work, and fast with 200 rows. */
export function ChoiceField<T extends string>({ path, label, value, options, onChange, hideLabel }: ChoiceFieldProps<T>) {
  const id = useId();
  const [shown, choose] = useOptimisticValue(value);
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id}
        {...fieldAttribute(path)}
        value={shown}
        onChange={(event) => {
          const next = options.find((option) => option.value === event.target.value)?.value;
          if (next === undefined) return;
          choose(next, onChange);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
