import { useId, type ReactNode } from 'react';
import type { FieldPath } from '../../../../shared/editing/field-path';
import { fieldAttribute } from './field-focus';

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
  return (
    <div className="check-field">
      <input id={id} type="checkbox" {...fieldAttribute(path)} checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
