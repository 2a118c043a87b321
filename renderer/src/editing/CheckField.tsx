import { useId, type ReactNode } from 'react';
import type { FieldPath } from '../../../shared/editing/field-path';
import { fieldAttribute } from './field-focus';
import { useOptimisticValue } from './useOptimisticValue';

export function CheckField({
  path,
  label,
  checked,
  onChange,
}: {
  path: FieldPath;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  const [shown, choose] = useOptimisticValue(checked);
  return (
    <div className="check-field">
      <input id={id} type="checkbox" {...fieldAttribute(path)} checked={shown}
        onChange={(event) => choose(event.target.checked, onChange)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
