import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Workshop } from '../../../../shared/domain/workshop';
import { formatDay } from '../../../../shared/text';
import { latestEndedSession, loadBaseline } from '../../db/baseline';
import { getDatabase } from '../../db/instance';
import { ChangesView } from './ChangesView';
import './changes.css';

/**
 * On a plan reopened after a session: a quiet line under the bar that offers "what changed since
 * then". It never opens by itself and can be put away; the plan stays in reach either way.
 */
export function SinceLastSession({ workshop }: { workshop: Workshop }) {
  // Read again only when another session ends (or its baseline is deleted), not on every edit.
  const baselineId = latestEndedSession(workshop)?.baselineVersionId ?? null;
  const { id, sessions } = workshop;
  const baseline = useLiveQuery(
    () => (baselineId ? loadBaseline(getDatabase(), { id, sessions }) : null),
    [id, baselineId],
  );
  const [isOpen, setOpen] = useState(false);
  const [isDismissed, setDismissed] = useState(false);
  if (!baseline) return null;
  const title = `Since ${baseline.label.trim() || 'the last session'}, ${formatDay(baseline.date)}`;
  return (
    <>
      {!isDismissed && (
        <div className="since-banner" role="region" aria-label="Since the last session">
          <p>
            This plan has a baseline from the end of <strong>{baseline.label.trim() || 'the last session'}</strong> ({formatDay(baseline.date)}).
          </p>
          <button type="button" className="button small" onClick={() => setOpen(true)}>
            What changed since then
          </button>
          <button type="button" className="button small ghost" onClick={() => setDismissed(true)}>
            Hide
          </button>
        </div>
      )}
      {isOpen && (
        <ChangesView
          title={title}
          intro="From the state stored when that session ended to the plan as it is now."
          before={baseline.workshop}
          after={workshop}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
