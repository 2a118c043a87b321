import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { LIMITS } from '../../../../../shared/domain/limits';
import { fieldAttribute } from '../../../editing/field-focus';

/** The same debounce as the autosave (ARCHITECTURE: at most 250 ms between keystroke and commit). */
const COMMIT_DELAY_MS = 200;

/**
 * The focus of one week of the transition. Week-plan entries have no id (they are keyed by their
 * week number), so a FieldPath cannot address them and AutosaveField cannot be used: this field
 * keeps the same behaviour — local state while typing, a commit 200 ms after the last keystroke,
 * and at once on blur, tab hidden, page hide and unmount — through a structural edit that creates,
 * updates or drops the week's entry. What it lacks is the crash journal (see the report to the lead).
 */
export function WeekFocusField({
  week,
  value,
  onCommit,
}: {
  week: number;
  value: string;
  onCommit: (week: number, focus: string) => Promise<void> | void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const isEditing = useRef(false);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const commitRef = useRef(onCommit);
  useEffect(() => {
    commitRef.current = onCommit;
  });

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const text = pending.current;
    if (text === null) return;
    pending.current = null;
    void commitRef.current(week, text);
  }, [week]);

  useEffect(() => {
    if (!isEditing.current && pending.current === null) setDraft(value);
  }, [value]);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    window.addEventListener('blur', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('blur', flush);
      flush();
    };
  }, [flush]);

  const onChange = (next: string) => {
    isEditing.current = true;
    setDraft(next);
    pending.current = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, COMMIT_DELAY_MS);
  };
  const onBlur = () => {
    isEditing.current = false;
    flush();
  };

  return (
    <div className="field week-field">
      <label htmlFor={id}>
        Week {week}
        <span className="visually-hidden"> focus</span>
      </label>
      <input
        id={id}
        {...fieldAttribute(['transition', 'weekPlan', { id: `week-${week}` }, 'focus'])}
        value={draft}
        maxLength={LIMITS.longText}
        placeholder="What the team focuses on this week"
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
    </div>
  );
}
