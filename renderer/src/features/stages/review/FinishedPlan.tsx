import { Flag } from 'lucide-react';
import type { StoppedPlan } from '../../../../../shared/readiness/gate';
import { formatDay } from '../../../../../shared/text';

/**
 * In place of the verdict for a plan the room stopped: a stop is a finished plan, recorded with its
 * date and reason, not a list of things to fix.
 */
export function FinishedPlan({ stopped }: { stopped: StoppedPlan }) {
  const locale = typeof navigator === 'undefined' ? undefined : navigator.language;
  return (
    <section className="card verdict verdict-finished" aria-labelledby="review-verdict">
      <div className="verdict-main">
        <p className="verdict-kicker">The go/no-go</p>
        <h2 id="review-verdict" className="verdict-label" aria-live="polite">
          <Flag aria-hidden="true" size={48} strokeWidth={2.5} />
          <span data-testid="verdict">{stopped.decidedOn ? `Stopped on ${formatDay(stopped.decidedOn, locale)}` : 'Stopped'}</span>
        </h2>
        <p className="verdict-reason">
          {stopped.rationale || 'A finished plan: the room decided not to take it further. Record the rationale in The pilot.'}
        </p>
        <p className="verdict-reason muted">The findings below stay as a record of the plan; nothing here needs fixing.</p>
      </div>
    </section>
  );
}
