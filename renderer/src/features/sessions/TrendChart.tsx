import type { ReadinessPoint } from '../../../../shared/domain/sessions';
import { VERDICT_LABELS } from '../../../../shared/readiness/types';
import { TREND_FRAME, trendGeometry, verdictChanges } from '../../../../shared/sessions';
import { EXPORT_LOCALE } from '../../../../shared/export/format';
import { excerpt, formatShortDay } from '../../../../shared/text';


const VERDICT_SHORT = { ready: 'Ready', 'fix-before-starting': 'Fix first', 'do-not-start': 'Do not start' } as const;

/**
 * Readiness over time: the score at each session end and named version, each dot labelled with
 * its verdict in words (so it reads in black and white), and every change of verdict listed with
 * its reason under the chart. `variant` picks the screen or the paper styles.
 */
export function TrendChart({
  trend,
  variant = 'screen',
  hideChanges = false,
}: {
  trend: readonly ReadinessPoint[];
  variant?: 'screen' | 'print';
  /** When the changes are listed elsewhere (the summary's own list under the chart). */
  hideChanges?: boolean;
}) {
  const prefix = variant === 'print' ? 'doc-trend' : 'trend';
  if (trend.length === 0) {
    return <p className={variant === 'print' ? 'doc-empty' : 'muted'}>No session has ended yet: the trend starts when the first one does.</p>;
  }
  const g = trendGeometry(trend);
  const changes = verdictChanges(trend);
  const described = g.dots.map((dot) => `${dot.point.label}: ${dot.point.score}, ${VERDICT_LABELS[dot.point.verdict]}`).join('; ');
  return (
    <figure className={prefix}>
      <svg role="img" aria-label={`Readiness score over time. ${described}.`} viewBox={`0 0 ${TREND_FRAME.width} ${TREND_FRAME.height}`}>
        {g.scoreTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={g.plot.left} x2={g.plot.right} y1={tick.y} y2={tick.y} stroke="currentColor" strokeOpacity={tick.value === 80 ? 0.5 : 0.15} strokeDasharray={tick.value === 80 ? '4 4' : undefined} />
            <text x={g.plot.left - 8} y={tick.y} fontSize="11" textAnchor="end" dominantBaseline="middle" fill="currentColor">
              {tick.value}
            </text>
          </g>
        ))}
        {g.path && <path d={g.path} fill="none" stroke="currentColor" strokeWidth="2" />}
        {g.dots.map((dot) => (
          <g key={dot.point.id}>
            <circle cx={dot.x} cy={dot.y} r="5" fill={dot.point.sessionId === null ? 'white' : 'currentColor'} stroke="currentColor" strokeWidth="2" />
            <text x={dot.x} y={dot.y - 10} fontSize="11" textAnchor="middle" fill="currentColor">
              {dot.point.score} · {VERDICT_SHORT[dot.point.verdict]}
            </text>
            <text x={dot.x} y={g.plot.bottom + 18} fontSize="11" textAnchor="middle" fill="currentColor">
              {excerpt(dot.point.label, 18)}
            </text>
            <text x={dot.x} y={g.plot.bottom + 32} fontSize="10" textAnchor="middle" fill="currentColor" fillOpacity={0.75}>
              {formatShortDay(dot.point.at.slice(0, 10), variant === 'print' ? EXPORT_LOCALE : undefined)}
            </text>
          </g>
        ))}
      </svg>
      {!hideChanges && <figcaption>
        {changes.length === 0 ? (
          <p>The verdict has not changed: {VERDICT_LABELS[trend[trend.length - 1]!.verdict]}.</p>
        ) : (
          <ul className={`${prefix}-changes`} aria-label="Changes of verdict">
            {changes.map((change) => (
              <li key={change.to.id}>{change.text}</li>
            ))}
          </ul>
        )}
      </figcaption>}
    </figure>
  );
}
