import type { FieldPath } from '../../../shared/editing/field-path';
import { AutosaveField } from './AutosaveField';

interface NullableDateFieldProps {
  readonly workshopId: string;
  readonly path: FieldPath;
  /** YYYY-MM-DD, or null for "no date yet". */
  readonly value: string | null;
  readonly label: string;
  readonly hint?: string;
  readonly hideLabel?: boolean;
}

/**
 * A date the schema allows to be null (start date, go/no-go date, due date): clearing it stores
 * null, never '' — an empty string is not a date, and a file holding one would not import again.
 */
export function NullableDateField({ value, ...rest }: NullableDateFieldProps) {
  return <AutosaveField {...rest} value={value ?? ''} type="date" nullable />;
}
