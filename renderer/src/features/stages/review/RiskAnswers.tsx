import { requestFieldFocus } from '../../../editing/field-focus';
import { AlertTriangle, CheckCircle2, Plus, X } from 'lucide-react';
import { useId, useState } from 'react';
import { Link } from 'wouter';
import type { PreMortemRisk } from '../../../../../shared/domain/end-state';
import { LIMITS } from '../../../../../shared/domain/limits';
import type { Workshop } from '../../../../../shared/domain/workshop';
import { fieldAttribute } from '../../../editing/field-focus';
import type { WorkshopEdit } from '../../../editing/useWorkshopEdit';
import type { StageProps } from '../stage-props';
import { answerFromValue, answerOptionsFor, answerValue, describeAnswer, isAnswered, withoutAnswer } from './review-model';

/** Every pre-mortem risk with the parts of the plan that answer it; an unanswered risk is flagged. */
export function RiskAnswers({ workshop, edit }: StageProps) {
  const risks = workshop.preMortemRisks;
  const answered = risks.filter((risk) => isAnswered(risk, workshop)).length;
  return (
    <section className="card" aria-labelledby="review-risks">
      <div className="card-head">
        <h2 id="review-risks">Pre-mortem risks and what answers them</h2>
        {risks.length > 0 && (
          <p className="tpr-count">
            {answered} of {risks.length} answered
          </p>
        )}
      </div>
      {risks.length === 0 ? (
        <p className="empty-note">
          No pre-mortem risks yet. Run the pre-mortem in <Link href={`/workshop/${workshop.id}/end-state`}>The end state</Link>:
          “A year from now this pilot quietly died. Why?”
        </p>
      ) : (
        <ol className="risk-list">
          {risks.map((risk, index) => (
            <RiskRow key={risk.id} workshop={workshop} risk={risk} index={index} edit={edit} />
          ))}
        </ol>
      )}
    </section>
  );
}

function RiskRow({ workshop, risk, index, edit }: { workshop: Workshop; risk: PreMortemRisk; index: number; edit: WorkshopEdit }) {
  const selectId = useId();
  const noteId = useId();
  const [choice, setChoice] = useState('');
  const [note, setNote] = useState('');
  const number = index + 1;
  const path = ['preMortemRisks', { id: risk.id }, 'answeredBy'] as const;
  const answered = isAnswered(risk, workshop);
  const options = answerOptionsFor(risk, workshop);
  const groups = [...new Set(options.map((option) => option.group))];

  const change = (recipe: (answers: PreMortemRisk['answeredBy']) => PreMortemRisk['answeredBy']) => {
    // Back to the select afterwards, so a keyboard user can link the next answer straight away.
    requestFieldFocus(path);
    return edit((draft) => {
      const target = draft.preMortemRisks.find((r) => r.id === risk.id);
      if (target) target.answeredBy = recipe(target.answeredBy);
    });
  };

  const add = () => {
    const answer = answerFromValue(choice, note);
    if (answer === null) {
      document.getElementById(selectId)?.focus();
      return;
    }
    setChoice('');
    setNote('');
    void change((answers) =>
      answers.some((a) => answerValue(a) === answerValue(answer)) || answers.length >= LIMITS.riskAnswers ? answers : [...answers, answer],
    );
  };

  return (
    <li className={answered ? 'risk' : 'risk unanswered'}>
      <div className="risk-head">
        <p className="risk-text">
          <span className="risk-number">Risk {number}</span>
          {risk.text.trim() || <span className="muted">(no description)</span>}
        </p>
        <p className="risk-rating">
          Likelihood {risk.likelihood}, impact {risk.impact}
        </p>
      </div>
      {answered ? (
        <p className="tpr-ok">
          <CheckCircle2 aria-hidden="true" size={20} />
          Answered in the plan
        </p>
      ) : (
        <p className="tpr-warning">
          <AlertTriangle aria-hidden="true" size={20} />
          <span>
            <strong>Unanswered.</strong> Nothing in the plan answers this risk yet.
          </span>
        </p>
      )}
      {risk.answeredBy.length > 0 && (
        <ul className="tpr-chips" aria-label={`What answers risk ${number}`}>
          {risk.answeredBy.map((answer, answerIndex) => {
            const { label, isLive } = describeAnswer(answer, workshop);
            return (
              <li key={`${answerValue(answer)}-${answerIndex}`} className={isLive ? 'tpr-chip' : 'tpr-chip dead'}>
                <span className="tpr-chip-text">
                  {label}
                  {answer.note.trim() && <span className="tpr-chip-note"> — {answer.note}</span>}
                </span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove “${label}” from risk ${number}`}
                  onClick={() => void change((answers) => withoutAnswer(answers, answer))}
                >
                  <X aria-hidden="true" size={18} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="tpr-add-row">
        <div className="field answer-select">
          <label htmlFor={selectId}>
            Answered by…<span className="visually-hidden"> (risk {number})</span>
          </label>
          <select id={selectId} {...fieldAttribute(path)} value={choice} onChange={(event) => setChoice(event.target.value)}>
            <option value="">Choose what in the plan answers it…</option>
            {groups.map((group) => (
              <optgroup key={group} label={group}>
                {options
                  .filter((option) => option.group === group)
                  .map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field answer-note">
          <label htmlFor={noteId}>
            Note (optional)<span className="visually-hidden"> for risk {number}</span>
          </label>
          <input
            id={noteId}
            value={note}
            maxLength={LIMITS.longText}
            placeholder="How it answers the risk"
            onChange={(event) => setNote(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') add();
            }}
          />
        </div>
        <button type="button" className="button" onClick={add}>
          <Plus aria-hidden="true" size={18} />
          Link answer<span className="visually-hidden"> to risk {number}</span>
        </button>
      </div>
    </li>
  );
}
