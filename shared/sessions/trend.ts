import type { ReadinessGate, ReadinessPoint } from '../domain/sessions';
import type { Workshop } from '../domain/workshop';
import { assessReadiness } from '../readiness/assess-readiness';
import type { ReadinessReport } from '../readiness/types';
import { VERDICT_LABELS } from '../readiness/types';
import { plural } from '../text';

/** After "go" the verdict speaks of the handover to operations, before it of starting the pilot. */
export const gateOf = (workshop: Pick<Workshop, 'pilot'>): ReadinessGate =>
  workshop.pilot.decision.outcome === 'go' ? 'transition' : 'pilot';

/**
 * The one-sentence reason stored with a trend point. A short local wording from the report's
 * counts; the review may word its own reason differently.
 */
export function trendReason(report: Pick<ReadinessReport, 'findings' | 'score' | 'verdict'>): string {
  const blocking = report.findings.filter((finding) => finding.severity === 'blocking');
  const warnings = report.findings.filter((finding) => finding.severity === 'warning').length;
  if (blocking.length > 0) {
    const first = blocking[0]!.title;
    return blocking.length === 1 ? `Blocked by: ${first}.` : `${plural(blocking.length, 'blocker', 'blockers')}, first: ${first}.`;
  }
  if (warnings > 0) return `${plural(warnings, 'warning', 'warnings')} to fix.`;
  if (report.verdict !== 'ready') return `The score, ${report.score}, is too low.`;
  return 'No warning signs.';
}

/** The trend point for a workshop as it stands: at a session's end (sessionId) or a named version (null). */
export function trendPoint(
  workshop: Workshop,
  point: { readonly id: string; readonly at: string; readonly label: string; readonly sessionId: string | null },
): ReadinessPoint {
  const report = assessReadiness(workshop);
  return {
    ...point,
    label: point.label.trim().slice(0, 200) || 'Session end',
    gate: gateOf(workshop),
    score: report.score,
    verdict: report.verdict,
    reason: trendReason(report),
  };
}

export interface VerdictChange {
  readonly from: ReadinessPoint;
  readonly to: ReadinessPoint;
  /** "Fix before starting → Do not start (Workshop 5 Nov → Follow-up 1): Blocked by: …" */
  readonly text: string;
}

/** Each place where the verdict changed between two consecutive points, with the later point's reason. */
export function verdictChanges(trend: readonly ReadinessPoint[]): VerdictChange[] {
  const changes: VerdictChange[] = [];
  for (let index = 1; index < trend.length; index += 1) {
    const from = trend[index - 1]!;
    const to = trend[index]!;
    if (from.verdict === to.verdict) continue;
    changes.push({
      from,
      to,
      text: `${to.label}: ${VERDICT_LABELS[from.verdict]} → ${VERDICT_LABELS[to.verdict]}. ${to.reason}`,
    });
  }
  return changes;
}
