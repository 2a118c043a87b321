import { Copy, Download, Pencil, Trash2 } from 'lucide-react';
import { memo } from 'react';
import { Link } from 'wouter';
import type { WorkshopSummary } from '../../../../shared/domain/summary';
import { stageById } from '../../../../shared/method/stages';
import { ActionsMenu } from './ActionsMenu';
import { editedAgo, exactTime, workshopDay } from './library-time';

export type RowAction = 'rename' | 'duplicate' | 'export' | 'trash';

interface WorkshopRowProps {
  readonly summary: WorkshopSummary;
  readonly now: number;
  readonly onAction: (action: RowAction, summary: WorkshopSummary) => void;
}

/** One workshop in the library. Memoised: typing in search re-renders only rows that change. */
export const WorkshopRow = memo(function WorkshopRow({ summary, now, onAction }: WorkshopRowProps) {
  const stage = stageById(summary.stageReached);
  const details = [summary.organisation.trim(), workshopDay(summary.date), summary.facilitator.trim()].filter(Boolean);
  const title = summary.title.trim() || 'Untitled workshop';

  return (
    <li className="workshop-row" data-workshop-id={summary.id}>
      <div className="workshop-main">
        <Link href={`/workshop/${summary.id}`} className="workshop-title">
          {title}
        </Link>
        <p className="workshop-details">
          {details.map((detail, index) => (
            <span key={index}>{detail}</span>
          ))}
        </p>
      </div>
      <div className="workshop-stage">
        <span className="visually-hidden">Stage reached: </span>
        <span className="stage-name">
          <span className="stage-number" aria-hidden="true">
            {stage.number}
          </span>
          {stage.title}
        </span>
        <span className="stage-progress">
          <span className="progress-track" aria-hidden="true">
            <span className="progress-fill" style={{ width: `${summary.completionPercent}%` }} />
          </span>
          <span className="progress-label">{summary.completionPercent}% filled in</span>
        </span>
      </div>
      <time className="workshop-edited" dateTime={summary.updatedAt} title={exactTime(summary.updatedAt)}>
        {editedAgo(summary.updatedAt, now)}
      </time>
      <ActionsMenu
        label={`Actions for ${title}`}
        actions={[
          { label: 'Rename…', icon: Pencil, run: () => onAction('rename', summary) },
          { label: 'Duplicate', icon: Copy, run: () => onAction('duplicate', summary) },
          { label: 'Export…', icon: Download, run: () => onAction('export', summary) },
          { label: 'Move to Trash', icon: Trash2, run: () => onAction('trash', summary), tone: 'danger' },
        ]}
      />
    </li>
  );
});
