import './team.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { ArrowLeft, Users } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { getDatabase } from '../../db/instance';
import type { TeamPlanRecord } from '../../db/records';
import { exactTime, timeAgo, useNow } from '../library';
import { plural } from '../../../../shared/text';
import { groupPortfolio, type PortfolioGroup, type PortfolioGrouping } from './portfolio';
import { SyncNotices } from './SyncNotices';
import { connectionSentence } from './sync-words';
import { useTeamConnection } from './team-connection-store';
import { openTeamServerDialog } from './team-server-dialog-store';
import { useTeamSyncRunner } from './team-sync-runner';

const GROUPINGS: readonly { readonly value: PortfolioGrouping; readonly label: string }[] = [
  { value: 'phase', label: 'Phase' },
  { value: 'verdict', label: 'Verdict' },
];

/**
 * The team's portfolio (in the library's style: library.css is loaded at start, main.tsx): every plan shared through the team server, by phase or by verdict, as the
 * team index last described it (kept on this laptop, so it reads the same offline).
 */
export function TeamPortfolioScreen() {
  const db = getDatabase();
  const id = useId();
  const now = useNow();
  const address = useTeamSyncRunner((state) => state.address);
  const isSyncingElsewhere = useTeamSyncRunner((state) => state.isSyncingElsewhere);
  const connection = useTeamConnection((state) => state.connection);
  const problem = useTeamConnection((state) => state.problem);
  const plans = useLiveQuery(() => db.teamPlans.toArray(), [db]);
  // Plans this laptop has can be opened from here; the rest arrive with the next sync.
  const localIds = useLiveQuery(async () => new Set((await db.summaries.toCollection().primaryKeys()) as string[]), [db]);
  const [grouping, setGrouping] = useState<PortfolioGrouping>('phase');
  const groups = useMemo(() => groupPortfolio(plans ?? [], grouping), [plans, grouping]);
  const hasServer = address !== undefined && address !== null;
  const isLoaded = plans !== undefined && address !== undefined;

  return (
    <main className="screen library team-portfolio" aria-labelledby={`${id}-title`}>
      <Link href="/" className="lib-back-link">
        <ArrowLeft aria-hidden="true" size={19} />
        Back to the library
      </Link>
      <div className="screen-heading">
        <div>
          <h1 id={`${id}-title`}>Team portfolio</h1>
          <p className="muted lib-heading-note">Every plan your team shares, by phase or by verdict, as the team server last listed them.</p>
        </div>
        <div className="lib-heading-actions">
          <button type="button" className="button" onClick={openTeamServerDialog}>
            <Users aria-hidden="true" size={19} />
            Team server…
          </button>
        </div>
      </div>

      {address !== undefined && (
        <p className={`team-connection-line connection-${hasServer ? connection : 'none'}`} role="status">
          {connectionSentence({ address, connection, problem, isSyncingElsewhere })}
          {hasServer && connection !== 'online' && (plans?.length ?? 0) > 0 && ' The list below is as of the last sync.'}
        </p>
      )}

      <SyncNotices scope="team" />

      {isLoaded && plans.length === 0 && (
        <section className="empty-state" aria-labelledby={`${id}-empty`}>
          {hasServer ? (
            <>
              <h2 id={`${id}-empty`}>No plan is shared with the team yet</h2>
              <p className="muted">
                Share a plan from its actions menu in the library (Share with team). It appears here, and on every laptop of the team.
              </p>
            </>
          ) : (
            <>
              <h2 id={`${id}-empty`}>No team server is set</h2>
              <p className="muted">The team portfolio lists the plans your team shares through a team server. Your team runs one; enter its address to join.</p>
              <button type="button" className="button primary" onClick={openTeamServerDialog}>
                Set up the team server…
              </button>
            </>
          )}
        </section>
      )}

      {isLoaded && plans.length > 0 && (
        <>
          <div className="team-portfolio-toolbar">
            <fieldset className="team-group-choice">
              <legend>Group by</legend>
              {GROUPINGS.map(({ value, label }) => (
                <label key={value}>
                  <input type="radio" name={`${id}-grouping`} value={value} checked={grouping === value} onChange={() => setGrouping(value)} />
                  {label}
                </label>
              ))}
            </fieldset>
            <p className="lib-result-count">{plural(plans.length, 'plan shared', 'plans shared')}</p>
          </div>
          {groups.map((group) => (
            <PortfolioSection key={group.key} group={group} grouping={grouping} now={now} localIds={localIds} />
          ))}
        </>
      )}
    </main>
  );
}

function PortfolioSection({ group, grouping, now, localIds }: { group: PortfolioGroup; grouping: PortfolioGrouping; now: number; localIds: ReadonlySet<string> | undefined }) {
  const headingId = useId();
  return (
    <section className="team-group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {group.title} <span className="muted">({group.plans.length})</span>
      </h2>
      <table className="team-plans" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">Plan</th>
            <th scope="col">{grouping === 'phase' ? 'Verdict' : 'Phase'}</th>
            <th scope="col">Facilitator</th>
            <th scope="col">Last change</th>
          </tr>
        </thead>
        <tbody>
          {group.plans.map(({ entry, phaseLabel, verdictLabel, verdictTone }) => (
            <tr key={entry.workshopId} data-workshop-id={entry.workshopId}>
              <th scope="row">
                <PlanTitle entry={entry} canOpen={localIds?.has(entry.workshopId) ?? false} />
                {entry.organisation.trim() !== '' && <span className="team-plan-organisation" dir="auto">{entry.organisation}</span>}
              </th>
              <td>
                {grouping === 'phase' ? (
                  <span className={`team-verdict team-verdict-${verdictTone}`}>
                    {verdictLabel}
                    {entry.score !== null && verdictTone !== 'stopped' && <span className="muted"> · {entry.score}/100</span>}
                  </span>
                ) : (
                  phaseLabel
                )}
              </td>
              <td dir="auto">{entry.facilitator.trim() || <span className="muted">Not named</span>}</td>
              <td>
                <time className="team-changed" dateTime={entry.updatedAt} title={exactTime(entry.updatedAt)}>
                  Changed {timeAgo(entry.updatedAt, now)}
                </time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function PlanTitle({ entry, canOpen }: { entry: TeamPlanRecord; canOpen: boolean }) {
  const title = entry.title.trim() || 'Untitled workshop';
  if (!canOpen) return <span dir="auto">{title}</span>;
  return (
    <a href={`#/workshop/${entry.workshopId}`} dir="auto">
      {title}
    </a>
  );
}
