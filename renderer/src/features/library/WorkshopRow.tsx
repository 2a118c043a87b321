import { Copy, Download, Pencil, Trash2, UserMinus, Users } from 'lucide-react';
import { memo } from 'react';
import type { WorkshopSummary } from '../../../../shared/domain/summary';
import { stageById } from '../../../../shared/method/stages';
import { countOverdueDues } from '../../../../shared/sessions/overdue';
import { plural } from '../../../../shared/text';
import { localDate } from '../../db/ids';
import { ActionsMenu } from './ActionsMenu';
import { phaseOf } from '../../../../shared/readiness/gate';
import { phaseLabel } from './library-phase';
import { editedAgo, exactTime, workshopDay } from './library-time';

export type RowAction = 'rename' | 'duplicate' | 'export' | 'share' | 'stop-sharing' | 'trash';

interface WorkshopRowProps {
  readonly summary: WorkshopSummary;
  /** Filtered out by the search: kept in the DOM, hidden, so clearing the search is instant. */
  readonly isHidden: boolean;
  readonly now: number;
  /** For a plan shared with the team: its sync line ("Synced 5 min ago"); null when not shared. */
  readonly syncLabel: string | null;
  readonly onAction: (action: RowAction, summary: WorkshopSummary) => void;
}

/**
 * Summaries are flat records, and every change anywhere in the library makes the live query read
 * them all again as new objects: compare their fields, so only the rows that changed re-render.
 */
function sameRowProps<P extends { readonly summary: WorkshopSummary }>(before: P, after: P): boolean {
  for (const key of Object.keys(after) as (keyof P)[]) {
    if (key !== 'summary' && before[key] !== after[key]) return false;
  }
  if (before.summary === after.summary) return true;
  for (const key of Object.keys(after.summary) as (keyof WorkshopSummary)[]) {
    if (!sameField(before.summary[key], after.summary[key])) return false;
  }
  return Object.keys(before.summary).length === Object.keys(after.summary).length;
}

/** The one list field (openActionDues) is compared by its days, not by identity. */
const sameField = (before: unknown, after: unknown): boolean =>
  before === after || (Array.isArray(before) && Array.isArray(after) && before.join() === after.join());

/**
 * One workshop in the library. Memoised twice over: typing in search re-renders only the rows
 * whose visibility changes, and for those only the <li>, not its contents.
 */
export const WorkshopRow = memo(function WorkshopRow({ summary, isHidden, now, syncLabel, onAction }: WorkshopRowProps) {
  return (
    <li className="lib-row" data-workshop-id={summary.id} hidden={isHidden}>
      <RowContent summary={summary} now={now} syncLabel={syncLabel} onAction={onAction} />
    </li>
  );
}, sameRowProps);

const RowContent = memo(function RowContent({ summary, now, syncLabel, onAction }: Omit<WorkshopRowProps, 'isHidden'>) {
  const stage = stageById(summary.stageReached);
  const details = [summary.organisation.trim(), workshopDay(summary.date), summary.facilitator.trim()].filter(Boolean);
  const title = summary.title.trim() || 'Untitled workshop';
  const overdue = countOverdueDues(summary.openActionDues, localDate(new Date(now)));

  return (
    <>
      <div className="lib-row-main">
        {/* A plain link: routing is by hash, and 1,000 router-aware links would each subscribe to the location. */}
        <a href={`#/workshop/${summary.id}`} className="lib-row-title" dir="auto">
          {title}
        </a>
        <p className="lib-row-details">
          {details.map((detail, index) => (
            <span key={index} dir="auto">
              {detail}
            </span>
          ))}
        </p>
        {syncLabel !== null && (
          <p className="lib-row-sharing">
            <span className="team-shared-badge">
              <Users aria-hidden="true" size={14} />
              Shared
            </span>
            <span>{syncLabel}</span>
          </p>
        )}
      </div>
      <p className={`lib-row-phase phase-${phaseOf(summary)}`}>
        <span className="visually-hidden">Phase: </span>
        <span className="lib-phase-badge">{phaseLabel(summary)}</span>
      </p>
      <div className="lib-row-stage">
        <span className="visually-hidden">Stage reached: </span>
        <span className="lib-stage-name">
          <span className="lib-stage-number" aria-hidden="true">
            {stage.number}
          </span>
          {stage.title}
        </span>
        <span className="lib-stage-progress">
          <span className="lib-progress-track" aria-hidden="true">
            <span className="lib-progress-fill" style={{ width: `${summary.completionPercent}%` }} />
          </span>
          <span className="lib-progress-label">{summary.completionPercent}% filled in</span>
        </span>
        {overdue > 0 && <span className="lib-overdue">{plural(overdue, 'action overdue', 'actions overdue')}</span>}
      </div>
      <time className="lib-row-edited" dateTime={summary.updatedAt} title={exactTime(summary.updatedAt)}>
        {editedAgo(summary.updatedAt, now)}
      </time>
      <ActionsMenu
        label={`Actions for ${title}`}
        actions={[
          { label: 'Rename…', icon: Pencil, run: () => onAction('rename', summary) },
          { label: 'Duplicate', icon: Copy, run: () => onAction('duplicate', summary) },
          syncLabel === null
            ? { label: 'Share with team', icon: Users, run: () => onAction('share', summary) }
            : { label: 'Stop sharing', icon: UserMinus, run: () => onAction('stop-sharing', summary) },
          { label: 'Export…', icon: Download, run: () => onAction('export', summary) },
          { label: 'Move to Trash', icon: Trash2, run: () => onAction('trash', summary), tone: 'danger' },
        ]}
      />
    </>
  );
}, sameRowProps);
