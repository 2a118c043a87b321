import { Check } from 'lucide-react';
import { Link } from 'wouter';
import type { StageFill } from '../../../../shared/domain/stage-progress';
import { STAGES, type StageId } from '../../../../shared/method/stages';

/**
 * The order is the method: production first, pilot last. Each stage shows how much of it is
 * filled in; the current one is marked for screen readers with aria-current.
 */
export function StageRail({
  workshopId,
  current,
  progress,
}: {
  workshopId: string;
  current: StageId;
  progress: Record<StageId, StageFill>;
}) {
  return (
    <nav className="stage-rail" aria-label="Workshop stages">
      <p className="stage-rail-note">Start from the end ↓</p>
      <ol>
        {STAGES.map((stage) => {
          const fill = progress[stage.id];
          const isComplete = fill.total > 0 && fill.done >= fill.total;
          const percent = fill.total === 0 ? 0 : Math.round((fill.done / fill.total) * 100);
          return (
            <li key={stage.id}>
              <Link
                href={`/workshop/${workshopId}/${stage.id}`}
                className={`stage-link${stage.id === current ? ' current' : ''}`}
                aria-current={stage.id === current ? 'step' : undefined}
              >
                <span className="stage-number" aria-hidden="true">
                  {isComplete ? <Check size={16} /> : stage.number}
                </span>
                <span className="stage-link-text">
                  <span>{stage.shortTitle}</span>
                  <span className="visually-hidden">, {percent}% filled in</span>
                  <span className="stage-fill" aria-hidden="true">
                    <span style={{ width: `${percent}%` }} />
                  </span>
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
