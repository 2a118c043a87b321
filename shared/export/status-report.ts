import type { ReadinessPoint } from '../domain/sessions';
import type { Workshop } from '../domain/workshop';
import { assessReadiness } from '../readiness/assess-readiness';
import type { Verdict } from '../readiness/types';
import { readinessGate } from '../readiness/gate';
import { lastEndedSession, overdueActions, runningSession, trendReason, verdictChanges } from '../sessions';
import { plural } from '../text';
import { formatLongDate, formatShortDate } from './format';
import { actionStatusCell, UNTITLED } from './summary-model';

/**
 * The one-page status report for follow-ups: where the plan stands (verdict and score now), how
 * it got here (the trend, with the reason for each change of verdict), what moved since the last
 * session ended (counted from the dates the plan records), what is overdue, and the next gate.
 */
export interface StatusReport {
  readonly title: string;
  readonly subtitle: string;
  readonly verdict: Verdict;
  readonly verdictLabel: string;
  readonly score: number;
  readonly reason: string;
  readonly trend: readonly ReadinessPoint[];
  readonly verdictChanges: readonly string[];
  /** "Since Workshop (5 November 2026)", or null before any session ended. */
  readonly sinceLabel: string | null;
  readonly changes: readonly string[];
  readonly overdue: readonly { readonly text: string; readonly owner: string; readonly due: string; readonly status: string }[];
  readonly nextGate: string;
}

/** At most this many overdue actions fit on the page; the rest are counted. */
export const STATUS_REPORT_OVERDUE_SHOWN = 8;

export function statusReport(workshop: Workshop, today: string): StatusReport {
  const report = assessReadiness(workshop);
  const since = lastEndedSession(workshop);
  const sinceDay = since?.endedAt?.slice(0, 10) ?? null;
  const running = runningSession(workshop);
  const overdue = overdueActions(workshop.room.actions, today);
  const owner = (ownerId: string | null, name: string) =>
    workshop.participants.find((participant) => participant.id === ownerId)?.name.trim() || name.trim() || 'No owner';
  return {
    title: workshop.meta.title.trim() || UNTITLED,
    subtitle: ['Status report', running?.label, formatLongDate(running?.date ?? today)].filter(Boolean).join(' · '),
    verdict: report.verdict,
    verdictLabel: report.verdictLabel,
    score: report.score,
    reason: trendReason(report),
    trend: workshop.readinessTrend,
    verdictChanges: verdictChanges(workshop.readinessTrend).map((change) => change.text),
    sinceLabel: since ? `Since ${since.label} (${formatLongDate(since.date)})` : null,
    changes: sinceDay === null ? [] : changesSince(workshop, sinceDay),
    overdue: overdue.slice(0, STATUS_REPORT_OVERDUE_SHOWN).map((action) => ({
      text: action.text.trim() || 'Untitled action',
      owner: owner(action.ownerParticipantId, action.ownerName),
      due: formatShortDate(action.due),
      status: actionStatusCell(action, today),
    })),
    nextGate: nextGate(workshop),
  };
}

/**
 * What moved after the day a session ended (that day itself belongs to the session), counted from the dates the plan keeps: action status changes, new
 * decisions, standards met. (Edits without a date, such as a changed owner, are not counted here.)
 */
export function changesSince(workshop: Workshop, day: string): string[] {
  const actions = workshop.room.actions;
  const done = actions.filter((action) => action.statusHistory.some((change) => change.status === 'done' && change.on > day)).length;
  const moved = actions.filter((action) => action.statusHistory.some((change) => change.on > day)).length;
  const decisions = workshop.room.decisions.filter((decision) => decision.decidedOn !== null && decision.decidedOn > day).length;
  const met = workshop.standards.filter((standard) => standard.status === 'met' && standard.metOn !== null && standard.metOn > day).length;
  const lines = [
    `${plural(done, 'action', 'actions')} done, ${plural(moved, 'action', 'actions')} changed status`,
    `${plural(decisions, 'decision', 'decisions')} taken`,
    `${plural(met, 'standard', 'standards')} met with evidence`,
  ];
  const last = workshop.readinessTrend.slice(-1)[0];
  if (last !== undefined) {
    const now = assessReadiness(workshop).score;
    const delta = now - last.score;
    lines.push(delta === 0 ? `Score unchanged at ${now}` : `Score ${delta > 0 ? 'up' : 'down'} ${Math.abs(delta)} to ${now}`);
  }
  return lines;
}

function nextGate(workshop: Workshop): string {
  const gate = readinessGate(workshop);
  if (workshop.pilot.decision.outcome === 'stop') return 'None: the pilot was stopped.';
  if (gate === 'transition') return 'Hand-over to operations: the transition must meet its exit criteria.';
  const date = workshop.pilot.goNoGoDate;
  return date ? `Go/no-go on ${formatLongDate(date)}.` : 'Go/no-go: no date set yet.';
}
