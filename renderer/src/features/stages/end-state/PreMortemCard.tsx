import { EditableTable, type EditableColumn } from '../../../ui/EditableTable';
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
import { addRisk, rateRisk, removeRisk } from './end-state-recipes';
import { answerTargets, describeAnswers, describeRiskTally, resolvedAnswerCount } from './risk-answers';
import { RiskAcceptanceControl } from '../acceptance/RiskAcceptanceControl';

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
  // An accepted risk is not "unanswered": while its acceptance lasts it needs no answer, and once it
  // lapses the review flags the acceptance itself (the readiness rules do the same).
  const unanswered = risks.filter((risk, index) => counts[index] === 0 && risk.acceptance === null).length;
  const accepted = risks.filter((risk) => risk.acceptance !== null).length;
  const isFull = risks.length >= LIMITS.preMortemRisks;

  /** Enter in a risk adds an empty one right after it and puts the cursor there. */
  const addRiskAfter = (afterId: string) => {
    if (isFull) return;
    const id = newId();
    requestFieldFocus(['preMortemRisks', { id }, 'text']);
    void edit(addRisk(id, afterId));
  };

  // A risk is one line, so Enter is free to mean "next risk": the room calls out reasons fast.
  const onRiskKeyDown = (event: KeyboardEvent<HTMLDivElement>, risk: PreMortemRisk) => {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.nativeEvent.isComposing) return;
    event.preventDefault();
    const typed = (event.target as HTMLTextAreaElement).value ?? '';
    if (typed.trim() !== '') addRiskAfter(risk.id);
  };

  const path = (risk: PreMortemRisk, key: keyof PreMortemRisk) => ['preMortemRisks', { id: risk.id }, key] as const;
  const level = (key: 'likelihood' | 'impact', name: string): EditableColumn<PreMortemRisk> => ({
    header: name,
    render: (risk, index) => (
      <ChoiceField<Likelihood>
        path={path(risk, key)}
        label={`${name} of risk ${index + 1}`}
        hideLabel
        value={risk[key]}
        options={LEVEL_OPTIONS}
        onChange={(chosen) => void edit(rateRisk(risk.id, key, chosen))}
      />
    ),
  });
  const columns: EditableColumn<PreMortemRisk>[] = [
    { header: 'Number', isHeaderHidden: true, cellClassName: 'premortem-number', headerClassName: 'premortem-number', render: (_risk, index) => index + 1 },
    {
      header: 'Why it died',
      render: (risk, index) => (
        <div className="premortem-text" onKeyDown={(event) => onRiskKeyDown(event, risk)}>
          <AutosaveField workshopId={workshop.id} path={path(risk, 'text')} value={risk.text} label={`Risk ${index + 1}`} hideLabel multiline rows={1} />
        </div>
      ),
    },
    level('likelihood', 'Likelihood'),
    level('impact', 'Impact'),
    {
      header: 'In the plan',
      render: (risk, index) => {
        const count = counts[index] ?? 0;
        return (
          <>
            <span
              className={count === 0 ? 'answer-badge unanswered' : 'answer-badge answered'}
              {...fieldAttribute(path(risk, 'answeredBy'))}
              tabIndex={-1}
            >
              {describeAnswers(count)}
            </span>
            <RiskAcceptanceControl risk={risk} index={index} edit={edit} />
          </>
        );
      },
    },
  ];

  return (
    <section className="card premortem" aria-labelledby="end-state-premortem">
      <div className="card-head">
        <h2 id="end-state-premortem">Pre-mortem</h2>
        <p className="muted" aria-live="polite">
          {describeRiskTally(risks.length, unanswered, accepted)}
        </p>
      </div>
      <p className="premortem-prompt">“A year from now this pilot quietly died. Why?”</p>
      <p className="muted premortem-help">
        Write each reason as a risk, one line each — Enter adds the next one. What answers each risk is linked in the{' '}
        <Link href={`/workshop/${workshop.id}/review`}>Review stage</Link>.
      </p>
      <EditableTable
        rows={risks}
        columns={columns}
        field={['preMortemRisks']}
        className="premortem-table"
        empty="No risks yet. Ask the room the question above and write down every answer, even the uncomfortable ones."
        rowName={(_risk, index) => `risk ${index + 1}`}
        onRemove={(risk) => edit(removeRisk(risk.id))}
        add={{ label: 'Add risk', onAdd: () => edit(addRisk(newId())), disabled: isFull }}
      />
    </section>
  );
}
