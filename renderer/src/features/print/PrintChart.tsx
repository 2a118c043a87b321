import type { LifecycleResult } from '../../../../shared/cost';
import { EXPORT_LOCALE } from '../../../../shared/export/format';
import { CHART_FRAME, chartGeometry } from '../../../../shared/cost/chart-geometry';
import { formatCents } from '../../../../shared/cost/cents';

/**
 * The cumulative cost/benefit chart for paper: the cost stage's geometry, drawn with print
 * colours and patterns that survive a black-and-white printer (solid cost, dashed benefit).
 */
export function PrintChart({ lifecycle, currency, horizonYears }: { lifecycle: LifecycleResult; currency: string; horizonYears: number }) {
  const series = lifecycle.series;
  if (series === null) return null;
  const years = series.yearly.map((p) => ({ year: p.year, cost: p.cumulativeCost, benefit: p.cumulativeBenefit }));
  const g = chartGeometry(years, horizonYears, lifecycle.paybackMonth);
  const last = series.yearly[series.yearly.length - 1];
  const money = (cents: number) => formatCents(cents, currency, EXPORT_LOCALE);
  const summary =
    last === undefined
      ? ''
      : `By the end of year ${last.year} the cost adds up to ${money(last.cumulativeCost)} and the benefit to ${money(last.cumulativeBenefit)}` +
        (lifecycle.paybackMonth === null ? '.' : `; the benefit overtakes the cost in month ${lifecycle.paybackMonth}.`);
  return (
    <figure className="doc-chart">
      <svg role="img" aria-label={`Cumulative cost and benefit over ${horizonYears} years. ${summary}`} viewBox={`0 0 ${CHART_FRAME.width} ${CHART_FRAME.height}`}>
        {g.moneyTicks.map((tick) => (
          <g key={`m${tick.value}`}>
            <line x1={g.plot.left} x2={g.plot.right} y1={tick.at} y2={tick.at} className="doc-chart-grid" />
            <text x={g.plot.left - 12} y={tick.at} className="doc-chart-label" textAnchor="end" dominantBaseline="middle">
              {formatCents(tick.value, currency, EXPORT_LOCALE, { compact: true })}
            </text>
          </g>
        ))}
        {g.yearTicks.map((tick) => (
          <text key={`y${tick.value}`} x={tick.at} y={g.plot.bottom + 26} className="doc-chart-label" textAnchor="middle">
            {tick.value}
          </text>
        ))}
        <text x={(g.plot.left + g.plot.right) / 2} y={CHART_FRAME.height - 4} className="doc-chart-label" textAnchor="middle">
          Years after go-live
        </text>
        <line x1={g.plot.left} x2={g.plot.right} y1={g.plot.bottom} y2={g.plot.bottom} className="doc-chart-axis" />
        {g.paybackX !== null && (
          <line x1={g.paybackX} x2={g.paybackX} y1={g.plot.top} y2={g.plot.bottom} className="doc-chart-payback" />
        )}
        <path d={g.costPath} className="doc-chart-cost" fill="none" />
        <path d={g.benefitPath} className="doc-chart-benefit" fill="none" />
      </svg>
      <figcaption>
        <span className="doc-key doc-key-cost" aria-hidden="true" /> Cost so far
        <span className="doc-key doc-key-benefit" aria-hidden="true" /> Benefit so far
        {g.paybackX !== null && (
          <>
            <span className="doc-key doc-key-payback" aria-hidden="true" /> Pays back in month {lifecycle.paybackMonth}
          </>
        )}
      </figcaption>
    </figure>
  );
}
