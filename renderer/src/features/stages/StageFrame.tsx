import type { ReactNode } from 'react';
import { FAILURE_MODES, type Stage } from '../../../../shared/method/stages';

/**
 * Every stage looks the same: its number and title, the question in large type (readable from
 * the back of a room), a few lines of guidance, and "Why this matters" folded away.
 */
export function StageFrame({ stage, children }: { stage: Stage; children: ReactNode }) {
  return (
    <article className="stage" aria-labelledby={`stage-question-${stage.id}`}>
      <header className="stage-head">
        <p className="stage-kicker">
          Stage {stage.number} · {stage.title}
        </p>
        <h1 id={`stage-question-${stage.id}`} className="stage-question">
          {stage.question}
        </h1>
        <ul className="stage-guidance">
          {stage.guidance.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <details className="why">
          <summary>Why this matters</summary>
          <p>{stage.whyItMatters}</p>
          <ul>
            {stage.prevents.map((id) => (
              <li key={id}>
                <strong>{FAILURE_MODES[id].title}.</strong> {FAILURE_MODES[id].summary}
              </li>
            ))}
          </ul>
        </details>
      </header>
      {children}
    </article>
  );
}
