import type { ChangeGroup, ChangeItem, ChangeReport, FindingRef } from '../../../../shared/changes';

/**
 * The change report as reading matter: the verdict first, then one section per stage. Change is
 * never shown by colour alone: every line says in words what happened ("Added", "Was … Now …"),
 * removed words are struck through and added words underlined.
 */
export function ChangeList({ report, headingLevel = 3 }: { report: ChangeReport; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="changes">
      <Readiness report={report} />
      {report.groups.length === 0 && <p className="changes-none">Nothing in the plan has changed.</p>}
      {report.groups.map((group) => (
        <Group key={group.id} group={group} Heading={Heading} />
      ))}
    </div>
  );
}

function Readiness({ report }: { report: ChangeReport }) {
  const { before, after, appeared, cleared } = report.readiness;
  const same = before.verdict === after.verdict && before.score === after.score;
  return (
    <section className="changes-readiness" aria-label="Readiness verdict">
      <p className="changes-verdict">
        {same ? (
          <>
            Verdict unchanged: <strong>{after.verdictLabel}</strong>, score {after.score}
          </>
        ) : (
          <>
            <span className="changes-was">
              <span className="changes-tag">Was</span> {before.verdictLabel}, score {before.score}
            </span>
            <span aria-hidden="true" className="changes-arrow">
              →
            </span>
            <span className="changes-now">
              <span className="changes-tag">Now</span> <strong>{after.verdictLabel}</strong>, score {after.score}
            </span>
          </>
        )}
      </p>
      <Findings title="New warning signs" findings={appeared} marker="New" />
      <Findings title="Cleared" findings={cleared} marker="Cleared" />
    </section>
  );
}

function Findings({ title, findings, marker }: { title: string; findings: readonly FindingRef[]; marker: string }) {
  if (findings.length === 0) return null;
  return (
    <div className="changes-findings">
      <p className="changes-findings-title">{title}</p>
      <ul>
        {findings.map((finding) => (
          <li key={finding.key}>
            <span className={`changes-tag changes-tag-${marker === 'New' ? 'new' : 'cleared'}`}>
              {finding.severity === 'blocking' && marker === 'New' ? 'Blocking' : marker}
            </span>{' '}
            <strong>{finding.title}.</strong> {finding.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Group({ group, Heading }: { group: ChangeGroup; Heading: 'h3' | 'h4' }) {
  return (
    <section className="changes-group" aria-labelledby={`changes-${group.id}`}>
      <Heading id={`changes-${group.id}`}>{group.title}</Heading>
      <ul className="changes-items">
        {group.items.map((item) => (
          <Item key={item.key} item={item} />
        ))}
      </ul>
    </section>
  );
}

const KIND_TAGS: Readonly<Record<ChangeItem['kind'], string>> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  reordered: 'Moved',
  text: 'Edited',
};

function Item({ item }: { item: ChangeItem }) {
  return (
    <li className={`changes-item changes-kind-${item.kind}`}>
      <p className="changes-label">
        <span className="changes-tag">{KIND_TAGS[item.kind]}</span> {item.subject && <span className="changes-subject">{item.subject}: </span>}
        <strong>{item.field}</strong>
      </p>
      <Value item={item} />
    </li>
  );
}

function Value({ item }: { item: ChangeItem }) {
  if (item.kind === 'added' || item.kind === 'removed') return null;
  if (item.kind === 'text' && item.parts) {
    return (
      <p className="changes-text">
        {item.parts.map((part, index) =>
          part.change === 'same' ? (
            <span key={index}>{part.text}</span>
          ) : part.change === 'added' ? (
            <ins key={index}>
              <span className="visually-hidden">[added: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </ins>
          ) : (
            <del key={index}>
              <span className="visually-hidden">[removed: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
          ),
        )}
      </p>
    );
  }
  const position = item.kind === 'reordered';
  return (
    <p className="changes-values">
      <span className="changes-was">
        <span className="changes-tag">Was</span> {position ? `position ${item.before ?? ''}` : (item.before ?? 'Not set')}
      </span>
      <span aria-hidden="true" className="changes-arrow">
        →
      </span>
      <span className="changes-now">
        <span className="changes-tag">Now</span> {position ? `position ${item.after ?? ''}` : (item.after ?? 'Not set')}
      </span>
    </p>
  );
}
