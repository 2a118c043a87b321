import type { ReactNode } from 'react';

/**
 * The label and optional hint above every autosaved field, so text and parsed fields read (and are
 * announced) the same way. The hint's id is `${id}-hint`, for the input's aria-describedby.
 */
export function FieldLabel({ id, label, hint, hideLabel }: { id: string; label: string; hint?: ReactNode; hideLabel: boolean }) {
  return (
    <>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </>
  );
}
