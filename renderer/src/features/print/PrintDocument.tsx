import { Fragment } from 'react';
import type { Block, ExecutiveSummary, Section, SummaryDocument, SummaryTable } from '../../../../shared/export/summary-model';
import type { ProgressPage as ProgressModel } from '../../../../shared/export/progress-section';
import { TrendChart } from '../sessions';
import { PrintChart } from './PrintChart';
import { ProgressPage } from './ProgressPage';

/**
 * The summary model rendered as a paper document. Every string is rendered as React text.
 * `progress`: the "Progress since…" page, when the workshop has a session baseline.
 */
export function PrintDocument({ doc, progress = null }: { doc: SummaryDocument; progress?: ProgressModel | null }) {
  return (
    <main className="doc" aria-label={`Session summary: ${doc.title}`}>
      <Executive doc={doc} summary={doc.executive} />
      {progress && <ProgressPage page={progress} />}
      {doc.sections.map((section, index) => (
        <DocSection key={section.id} section={section} number={index + 1} doc={doc} />
      ))}
      {doc.appendix.map((section) => (
        <DocSection key={section.id} section={section} number={null} doc={doc} />
      ))}
    </main>
  );
}

function Executive({ doc, summary }: { doc: SummaryDocument; summary: ExecutiveSummary }) {
  return (
    <section className="doc-cover" aria-labelledby="doc-title">
      <header className="doc-masthead">
        <p className="doc-kicker">Endfirst · Session summary</p>
        <h1 id="doc-title">{doc.title}</h1>
        <p className="doc-byline">
          {[summary.organisation, summary.date, `Facilitated by ${summary.facilitator}`].filter(Boolean).join(' · ')}
        </p>
        {summary.capability && <p className="doc-capability">{summary.capability}</p>}
      </header>

      <div className={`doc-verdict doc-verdict-${summary.gateOnPage1.finished ? 'finished' : summary.verdict}`}>
        <p className="doc-verdict-kicker">{summary.gateOnPage1.kicker}</p>
        <p className="doc-verdict-label">{summary.gateOnPage1.finished?.label ?? summary.verdictLabel}</p>
        <p className="doc-verdict-score">
          Score <strong>{summary.score}</strong> of 100
        </p>
        <p className="doc-verdict-reason">{summary.gateOnPage1.finished?.reason ?? summary.verdictReason}</p>
        {summary.gateOnPage1.decision && !summary.gateOnPage1.finished && <p className="doc-verdict-reason">{summary.gateOnPage1.decision}</p>}
      </div>

      <h2 className="doc-h3">Blocking findings</h2>
      {summary.blockingFindings.length === 0 ? (
        <p className="doc-empty">{summary.gateOnPage1.nothingBlocks}</p>
      ) : (
        <ul className="doc-findings">
          {summary.blockingFindings.map((finding, index) => (
            <li key={index}>
              <strong>{finding.title}.</strong> {finding.message}
            </li>
          ))}
        </ul>
      )}

      {summary.warnings.total > 0 && (
        <>
          <h2 className="doc-h3">Warnings ({summary.warnings.total})</h2>
          <ul className="doc-findings doc-warnings">
            {summary.warnings.titles.map((title, index) => (
              <li key={index}>{title}</li>
            ))}
            {summary.warnings.total > summary.warnings.titles.length && (
              <li>and {summary.warnings.total - summary.warnings.titles.length} more, listed in the review</li>
            )}
          </ul>
        </>
      )}

      <dl className="doc-keyfacts">
        <div>
          <dt>Operational owner</dt>
          <dd>{summary.owner}</dd>
        </div>
        <div>
          <dt>Lifecycle cost</dt>
          <dd>{summary.costHeadline}</dd>
        </div>
        <div>
          <dt>The gate</dt>
          <dd className={summary.gate.covered ? 'doc-gate-ok' : 'doc-gate-stop'}>{summary.gate.message}</dd>
        </div>
      </dl>

      <h2 className="doc-h3">Next actions</h2>
      <DocTable table={summary.nextActions} />

      <h2 className="doc-h3">Who was in the room</h2>
      {summary.teams.length === 0 ? (
        <p className="doc-empty">No participants were listed.</p>
      ) : (
        <dl className="doc-teams">
          {summary.teams.map((team) => (
            <div key={team.team}>
              <dt>{team.team}</dt>
              <dd>{team.people.join('; ')}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function DocSection({ section, number, doc }: { section: Section; number: number | null; doc: SummaryDocument }) {
  const headingId = `doc-${section.id}`;
  return (
    <section className={`doc-section${section.startsPage ? ' doc-new-page' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {/* The space keeps "1 End state" apart in the PDF's bookmarks and its text. */}
        {number !== null && (
          <>
            <span className="doc-number">{number}</span>{' '}
          </>
        )}
        {section.title}
      </h2>
      {section.blocks.map((block, index) => (
        <DocBlock key={index} block={block} doc={doc} />
      ))}
    </section>
  );
}

function DocBlock({ block, doc }: { block: Block; doc: SummaryDocument }) {
  switch (block.kind) {
    case 'heading':
      return <h3 className="doc-h3">{block.text}</h3>;
    case 'paragraph':
      return <p className="doc-paragraph">{block.text}</p>;
    case 'facts':
      return (
        <dl className={`doc-facts${block.compact ? ' doc-facts-compact' : ''}`}>
          {block.facts.map((fact, index) => (
            <div key={index}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'list':
      return block.items.length === 0 ? (
        <p className="doc-empty">{block.empty}</p>
      ) : (
        <ul className="doc-list">
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return <DocTable table={block.table} />;
    case 'lifecycle-chart':
      return <PrintChart lifecycle={doc.lifecycle} currency={doc.currency} horizonYears={doc.lifecycle.series ? doc.lifecycle.series.yearly.length - 1 : 0} />;
    case 'trend-chart':
      return <TrendChart trend={doc.readinessTrend} variant="print" hideChanges />;
  }
}

function DocTable({ table }: { table: SummaryTable }) {
  if (table.rows.length === 0) return <p className="doc-empty">{table.empty}</p>;
  return (
    <table className={`doc-table${table.dense ? ' doc-table-dense' : ''}`}>
      <caption className="visually-hidden">{table.caption}</caption>
      <colgroup>
        {table.columns.map((column, index) => (
          <col key={index} className={`doc-col-${column.width ?? 'medium'}`} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {table.columns.map((column, index) => (
            <th key={index} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {row.map((cell, cellIndex) => (
              <Fragment key={cellIndex}>{cellIndex === 0 ? <th scope="row">{cell}</th> : <td>{cell}</td>}</Fragment>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
