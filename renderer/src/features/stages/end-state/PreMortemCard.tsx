import { AddButton } from '../../../ui/AddButton';
import { RemoveButton } from '../../../ui/RemoveButton';
import { useMemo, type KeyboardEvent } from 'react';
import { Link } from 'wouter';
import type { PreMortemRisk } from '../../../../../shared/domain/end-state';
import { LIMITS } from '../../../../../shared/domain/limits';
import type { Likelihood } from '../../../../../shared/domain/primitives';
import { newId } from '../../../db/ids';
import { AutosaveField } from '../../../editing/AutosaveField';
import { ChoiceField } from '../../../editing/ChoiceField';
import { fieldAttribute, requestFieldFocus } from '../../../editing/field-focus';
import type { StageProps } from '../stage-props';
import { answerTargets, describeAnswers, describeRiskTally, resolvedAnswerCount } from './risk-answers';

const LEVEL_OPTIONS: readonly { value: Likelihood; label: string }[] = [
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
];

/** "A year from now this pilot quietly died. Why?" — each reason becomes a risk the plan must answer. */
export function PreMortemCard({ workshop, edit }: StageProps) {
  const risks = workshop.preMortemRisks;
  const targets = useMemo(() => answerTargets(workshop), [workshop]);
  const counts = risks.map((risk) => resolvedAnswerCount(risk, targets));
  const unanswered = counts.filter((count) => count === 0).length;
  const isFull = risks.length >= LIMITS.preMortemRisks;

  /** Adds an empty risk after `afterId` (or at the end) and puts the cursor in it. */
  const addRisk = (afterId?: string) => {
    if (isFull) return;
    const id = newId();
    requestFieldFocus(['preMortemRisks', { id }, 'text']);
    void edit((draft) => {
      if (draft.preMortemRisks.length >= LIMITS.preMortemRisks) return;
      const risk: PreMortemRisk = { id, text: '', likelihood: 'medium', impact: 'medium', answeredBy: [] };
      const index = afterId === undefined ? -1 : draft.preMortemRisks.findIndex((r) => r.id === afterId);
      if (index < 0) draft.preMortemRisks.push(risk);
      else draft.preMortemRisks.splice(index + 1, 0, risk);
    });
  };

  // A risk is one line, so Enter is free to mean "next risk": the room calls out reasons fast.
  const onRiskKeyDown = (event: KeyboardEvent<HTMLDivElement>, risk: PreMortemRisk) => {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.nativeEvent.isComposing) return;
    event.preventDefault();
    const typed = (event.target as HTMLTextAreaElement).value ?? '';
    if (typed.trim() !== '') addRisk(risk.id);
  };

  const setLevel = (riskId: string, key: 'likelihood' | 'impact', level: Likelihood) =>
    void edit((draft) => {
      const target = draft.preMortemRisks.find((r) => r.id === riskId);
      if (target) target[key] = level;
    });

  return (
    <section className="card premortem" aria-labelledby="end-state-premortem">
      <div className="card-head">
        <h2 id="end-state-premortem">Pre-mortem</h2>
        <p className="muted" aria-live="polite">
          {describeRiskTally(risks.length, unanswered)}
        </p>
      </div>
      <p className="premortem-prompt">“A year from now this pilot quietly died. Why?”</p>
      <p className="muted premortem-help">
        Write each reason as a risk, one line each — Enter adds the next one. What answers each risk is linked in the{' '}
        <Link href={`/workshop/${workshop.id}/review`}>Review stage</Link>.
      </p>
      {risks.length === 0 ? (
        <p className="empty-note" {...fieldAttribute(['preMortemRisks'])} tabIndex={-1}>
          No risks yet. Ask the room the question above and write down every answer, even the uncomfortable ones.
        </p>
      ) : (
        <table className="edit-table premortem-table" {...fieldAttribute(['preMortemRisks'])} tabIndex={-1}>
          <thead>
            <tr>
              <th scope="col" className="premortem-number">
                <span className="visually-hidden">Number</span>
              </th>
              <th scope="col">Why it died</th>
              <th scope="col">Likelihood</th>
              <th scope="col">Impact</th>
              <th scope="col">In the plan</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {risks.map((risk, index) => {
              const name = `risk ${index + 1}`;
              const path = ['preMortemRisks', { id: risk.id }] as const;
              const count = counts[index] ?? 0;
              return (
                <tr key={risk.id}>
                  <td className="premortem-number">
                    {index + 1}
                  </td>
                  <td>
                    <div className="premortem-text" onKeyDown={(event) => onRiskKeyDown(event, risk)}>
                      <AutosaveField
                        workshopId={workshop.id}
                        path={[...path, 'text']}
                        value={risk.text}
                        label={`Risk ${index + 1}`}
                        hideLabel
                        multiline
                        rows={1}
                      />
                    </div>
                  </td>
                  <td>
                    <ChoiceField<Likelihood>
                      path={[...path, 'likelihood']}
                      label={`Likelihood of ${name}`}
                      hideLabel
                      value={risk.likelihood}
                      options={LEVEL_OPTIONS}
                      onChange={(level) => setLevel(risk.id, 'likelihood', level)}
                    />
                  </td>
                  <td>
                    <ChoiceField<Likelihood>
                      path={[...path, 'impact']}
                      label={`Impact of ${name}`}
                      hideLabel
                      value={risk.impact}
                      options={LEVEL_OPTIONS}
                      onChange={(level) => setLevel(risk.id, 'impact', level)}
                    />
                  </td>
                  <td>
                    <span
                      className={count === 0 ? 'answer-badge unanswered' : 'answer-badge answered'}
                      {...fieldAttribute([...path, 'answeredBy'])}
                      tabIndex={-1}
                    >
                      {describeAnswers(count)}
                    </span>
                  </td>
                  <td>
                    <RemoveButton label={`Remove ${name}`} onClick={() =>
                        void edit((draft) => {
                          draft.preMortemRisks = draft.preMortemRisks.filter((r) => r.id !== risk.id);
                        })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <AddButton onClick={() => addRisk()} disabled={isFull}>Add risk</AddButton>
    </section>
  );
}
