import type { Workshop } from '../../../../shared/domain/workshop';
import { overdueActions } from '../../../../shared/sessions';
import { formatShortDay } from '../../../../shared/text';
import { localDate } from '../../db/ids';
import { TrendChart } from './TrendChart';

/** On the review: the actions past their due day (in words), and readiness over the sessions. */
export function SessionReview({ workshop }: { workshop: Workshop }) {
  const overdue = overdueActions(workshop.room.actions, localDate());
  return (
    <>
      {overdue.length > 0 && (
        <section className="card overdue-card" aria-labelledby="review-overdue">
          <h2 id="review-overdue">Overdue actions ({overdue.length})</h2>
          <ul className="overdue-list">
            {overdue.map((action, index) => (
              <li key={action.id}>
                <span className="overdue-flag">Overdue since {formatShortDay(action.due ?? '')}</span> {action.text.trim() || `Action ${index + 1}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="card" aria-labelledby="review-trend">
        <h2 id="review-trend">Readiness over time</h2>
        <TrendChart trend={workshop.readinessTrend} />
      </section>
    </>
  );
}
