import type { StatusReport } from '../../../../shared/export/status-report';
import { TrendChart } from '../sessions';

/** The one-page status report for a follow-up, on paper. Every string is rendered as React text. */
export function StatusReportDocument({ report }: { report: StatusReport }) {
  return (
    <main className="doc doc-status-report" aria-label={`Status report: ${report.title}`}>
      <header className="doc-masthead">
        <p className="doc-kicker">Endfirst · Status report</p>
        <h1 id="doc-title">{report.title}</h1>
        <p className="doc-byline">{report.subtitle}</p>
      </header>
      <div className={`doc-verdict doc-verdict-${report.verdict}`}>
        <p className="doc-verdict-kicker">Readiness verdict</p>
        <p className="doc-verdict-label">{report.verdictLabel}</p>
        <p className="doc-verdict-score">
          Score <strong>{report.score}</strong> of 100
        </p>
        <p className="doc-verdict-reason">{report.reason}</p>
      </div>
      <h2 className="doc-h3">Readiness over time</h2>
      <TrendChart trend={report.trend} variant="print" hideChanges />
      {report.verdictChanges.length > 0 && (
        <ul className="doc-list">
          {report.verdictChanges.map((change, index) => (
            <li key={index}>{change}</li>
          ))}
        </ul>
      )}
      <h2 className="doc-h3">{report.sinceLabel ?? 'Changes'}</h2>
      {report.changes.length === 0 ? (
        <p className="doc-empty">No session has ended yet, so there is nothing to compare with.</p>
      ) : (
        <ul className="doc-list">
          {report.changes.map((change, index) => (
            <li key={index}>{change}</li>
          ))}
        </ul>
      )}
      <h2 className="doc-h3">Overdue actions</h2>
      {report.overdue.length === 0 ? (
        <p className="doc-empty">No action is overdue.</p>
      ) : (
        <table className="doc-table">
          <caption className="visually-hidden">Overdue actions</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {report.overdue.map((action, index) => (
              <tr key={index}>
                <th scope="row">{action.text}</th>
                <td>{action.owner}</td>
                <td>{action.due}</td>
                <td>{action.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="doc-h3">Next gate</h2>
      <p className="doc-paragraph">{report.nextGate}</p>
    </main>
  );
}
