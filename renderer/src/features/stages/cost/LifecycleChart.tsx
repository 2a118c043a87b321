import { useId } from 'react';
import type { LifecycleSeries } from '../../../../../shared/cost';
import { CHART_FRAME, chartGeometry } from '../../../../../shared/cost/chart-geometry';
import { formatCents } from '../../../../../shared/cost/cents';

interface LifecycleChartProps {
  readonly series: LifecycleSeries;
  readonly horizonYears: number;
  readonly paybackMonth: number | null;
  readonly currency: string;
  readonly locale: string;
}

/**
 * Cumulative cost against cumulative benefit, year by year, drawn by hand in SVG (no chart
 * library). The picture is one image with a name and a one-line summary; the same numbers
 * follow as a real table for anyone who cannot see it.
 */
export function LifecycleChart({ series, horizonYears, paybackMonth, currency, locale }: LifecycleChartProps) {
  const captionId = useId();
  const summaryId = useId();
  const years = series.yearly.map((p) => ({ year: p.year, cost: p.cumulativeCost, benefit: p.cumulativeBenefit }));
  const g = chartGeometry(years, horizonYears, paybackMonth);
  const money = (cents: number) => formatCents(cents, currency, locale);
  const last = series.yearly[series.yearly.length - 1];
  const yearsText = `${String(horizonYears)} year${horizonYears === 1 ? '' : 's'}`;
  const summary =
    last === undefined
      ? ''
      : `By the end of ${horizonYears === 0 ? 'go-live' : `year ${String(last.year)}`} the cost adds up to ${money(last.cumulativeCost)} ` +
        `and the benefit to ${money(last.cumulativeBenefit)}` +
        (paybackMonth === null ? '.' : `; the benefit overtakes the cost in month ${String(paybackMonth)}.`);

  return (
    <figure className="cost-chart">
      <figcaption id={captionId} className="cost-chart-caption">
        Cumulative cost and benefit over {yearsText}
      </figcaption>
      <ul className="cost-chart-legend" aria-hidden="true">
        <li>
          <svg width="36" height="12" viewBox="0 0 36 12">
            <line x1="0" y1="6" x2="36" y2="6" className="cost-line" />
          </svg>
          Cost so far
        </li>
        <li>
          <svg width="36" height="12" viewBox="0 0 36 12">
            <line x1="0" y1="6" x2="36" y2="6" className="benefit-line" />
          </svg>
          Benefit so far
        </li>
      </ul>
      <svg
        className="cost-chart-svg"
        role="img"
        aria-labelledby={captionId}
        aria-describedby={summaryId}
        viewBox={`0 0 ${String(CHART_FRAME.width)} ${String(CHART_FRAME.height)}`}
        preserveAspectRatio="xMidYMid meet"
      >
        {g.moneyTicks.map((tick) => (
          <g key={`m${String(tick.value)}`}>
            <line x1={g.plot.left} x2={g.plot.right} y1={tick.at} y2={tick.at} className="chart-grid" />
            <text x={g.plot.left - 12} y={tick.at} className="chart-label" textAnchor="end" dominantBaseline="middle">
              {formatCents(tick.value, currency, locale, { compact: true })}
            </text>
          </g>
        ))}
        {g.yearTicks.map((tick) => (
          <text key={`y${String(tick.value)}`} x={tick.at} y={g.plot.bottom + 26} className="chart-label" textAnchor="middle">
            {tick.value}
          </text>
        ))}
        <text x={(g.plot.left + g.plot.right) / 2} y={CHART_FRAME.height - 4} className="chart-axis-title" textAnchor="middle">
          Years after go-live
        </text>
        <line x1={g.plot.left} x2={g.plot.right} y1={g.plot.bottom} y2={g.plot.bottom} className="chart-axis" />
        {g.paybackX !== null && (
          <g>
            <line x1={g.paybackX} x2={g.paybackX} y1={g.plot.top} y2={g.plot.bottom} className="chart-payback" />
            <text
              x={g.paybackX + 8}
              y={g.plot.top + 16}
              className="chart-payback-label"
              textAnchor={g.paybackX > (g.plot.left + g.plot.right) / 2 ? 'end' : 'start'}
              dx={g.paybackX > (g.plot.left + g.plot.right) / 2 ? -16 : 0}
            >
              Pays back · month {paybackMonth}
            </text>
          </g>
        )}
        <path d={g.costPath} className="cost-line" fill="none" />
        <path d={g.benefitPath} className="benefit-line" fill="none" />
        {g.costPoints.map((p, i) => (
          <circle key={`c${String(i)}`} cx={p.x} cy={p.y} r={6} className="cost-marker" />
        ))}
        {g.benefitPoints.map((p, i) => (
          <rect key={`b${String(i)}`} x={p.x - 5.5} y={p.y - 5.5} width={11} height={11} className="benefit-marker" />
        ))}
      </svg>
      <p id={summaryId} className="cost-chart-summary">
        {summary}
      </p>
      <details className="cost-numbers">
        <summary>Show the numbers</summary>
        <table className="cost-table">
          <caption className="visually-hidden">Cumulative cost, benefit and net value by year, in {currency}</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Cost so far</th>
              <th scope="col">Benefit so far</th>
              <th scope="col">Net</th>
            </tr>
          </thead>
          <tbody>
            {series.yearly.map((point) => (
              <tr key={point.year}>
                <th scope="row">{point.year === 0 ? '0 (go-live)' : point.year}</th>
                <td>{money(point.cumulativeCost)}</td>
                <td>{money(point.cumulativeBenefit)}</td>
                <td className={point.net < 0 ? 'negative' : undefined}>{money(point.net)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
