import type { ReadinessPoint } from '../domain/sessions';
import type { Workshop } from '../domain/workshop';
import { assessReadiness } from '../readiness/assess-readiness';
import { explainVerdict } from '../readiness/explain-verdict';
import type { ReadinessReport } from '../readiness/types';
import { GATE_VERDICT_LABELS } from '../readiness/gate';

/**
 * The reason stored with a trend point: the review's own one sentence, so the trend says why in the
 * words the room saw that day.
 */
export const trendReason = (report: ReadinessReport): string => explainVerdict(report);

/** The trend point for a workshop as it stands: at a session's end (sessionId) or a named version (null). */
export function trendPoint(
  workshop: Workshop,
  point: { readonly id: string; readonly at: string; readonly label: string; readonly sessionId: string | null },
): ReadinessPoint {
  const report = assessReadiness(workshop);
  return {
    ...point,
    label: point.label.trim().slice(0, 200) || 'Session end',
    gate: report.gate,
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
      text: `${to.label}: ${GATE_VERDICT_LABELS[from.gate][from.verdict]} → ${GATE_VERDICT_LABELS[to.gate][to.verdict]}. ${to.reason}`,
    });
  }
  return changes;
}
