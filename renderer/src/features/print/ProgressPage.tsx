import type { ProgressLine, ProgressPage as ProgressModel } from '../../../../shared/export/progress-section';

/**
 * "Progress since <date>", on a page of its own after the executive summary. Edited text shows its
 * word diff: removed words struck through, added words underlined, so a photocopy still shows it.
 */
export function ProgressPage({ page }: { page: ProgressModel }) {
  return (
    <section className="doc-section doc-new-page doc-progress" aria-labelledby="doc-progress">
      <h2 id="doc-progress">{page.title}</h2>
      <p className="doc-paragraph doc-progress-intro">{page.intro}</p>
      <p className="doc-progress-verdict">{page.verdict}</p>
      <Findings title="New warning signs" items={page.appeared} />
      <Findings title="Cleared" items={page.cleared} />
      {page.groups.length === 0 && <p className="doc-empty">{page.empty}</p>}
      {page.groups.map((group) => (
        <div key={group.id} className="doc-progress-group">
          <h3 className="doc-h3">{group.title}</h3>
          <ul className="doc-progress-lines">
            {group.lines.map((line) => (
              <Line key={line.key} line={line} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function Findings({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3 className="doc-h3">{title}</h3>
      <ul className="doc-list">
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </>
  );
}

function Line({ line }: { line: ProgressLine }) {
  return (
    <li>
      <span className="doc-progress-tag">{line.tag}</span> <strong>{line.label}</strong>
      {line.parts ? (
        <span className="doc-progress-text">
          {line.parts.map((part, index) =>
            part.change === 'same' ? (
              <span key={index}>{part.text}</span>
            ) : part.change === 'added' ? (
              <ins key={index}>{part.text}</ins>
            ) : (
              <del key={index}>{part.text}</del>
            ),
          )}
        </span>
      ) : (
        line.text && <>: {line.text}</>
      )}
    </li>
  );
}
