import { requestFieldFocus } from '../../../editing/field-focus';
import { AlertTriangle, CheckCircle2 } from 'lucide-react';
import { useId, useState } from 'react';
import { Link } from 'wouter';
import type { PreMortemRisk } from '../../../../../shared/domain/end-state';
import { LIMITS } from '../../../../../shared/domain/limits';
import type { Workshop } from '../../../../../shared/domain/workshop';
import type { WorkshopRecipe } from '../../../../../shared/editing/workshop-recipe';
import { LinkPicker } from '../../../ui/LinkPicker';
import type { WorkshopEdit } from '../../../editing/useWorkshopEdit';
import type { StageProps } from '../stage-props';
import { acceptanceState, lapsedAcceptanceNote } from '../../../../../shared/readiness';
import { localDate } from '../../../db/ids';
import { answerFromValue, answerOptionsFor, answerValue, describeAnswer, isAnswered } from './review-model';
import { linkRiskAnswer, unlinkRiskAnswer } from './review-recipes';

/** Every pre-mortem risk with the parts of the plan that answer it; an unanswered risk is flagged. */
export function RiskAnswers({ workshop, edit }: StageProps) {
  const risks = workshop.preMortemRisks;
  const answered = risks.filter((risk) => isAnswered(risk, workshop)).length;
  const accepted = risks.filter((risk) => !isAnswered(risk, workshop) && risk.acceptance !== null).length;
  return (
    <section className="card" aria-labelledby="review-risks">
      <div className="card-head">
        <h2 id="review-risks">Pre-mortem risks and what answers them</h2>
        {risks.length > 0 && (
          <p className="tpr-count">
            {answered} of {risks.length} answered
            {accepted > 0 && <span className="tpr-count-accepted"> · {accepted} accepted</span>}
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
  const acceptance = risk.acceptance === null ? null : acceptanceState(risk.acceptance, localDate());
  const options = answerOptionsFor(risk, workshop);
  const groups = [...new Set(options.map((option) => option.group))];

  // Back to the select afterwards, so a keyboard user can link the next answer straight away.
  const change = (recipe: WorkshopRecipe) => {
    requestFieldFocus(path);
    return edit(recipe);
  };

  const add = () => {
    const answer = answerFromValue(choice, note);
    if (answer === null) {
      document.getElementById(selectId)?.focus();
      return;
    }
    setChoice('');
    setNote('');
    void change(linkRiskAnswer(risk.id, answer));
  };

  return (
    <li className={answered || acceptance === 'live' ? 'risk' : 'risk unanswered'}>
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
      ) : risk.acceptance !== null && acceptance === 'live' ? (
        <p className="tpr-ok">
          <CheckCircle2 aria-hidden="true" size={20} />
          <span>
            <strong>Accepted.</strong> {lapsedAcceptanceNote(risk.acceptance, localDate())}
          </span>
        </p>
      ) : risk.acceptance !== null ? (
        <p className="tpr-warning">
          <AlertTriangle aria-hidden="true" size={20} />
          <span>
            <strong>Acceptance lapsed.</strong> {lapsedAcceptanceNote(risk.acceptance, localDate())}
          </span>
        </p>
      ) : (
        <p className="tpr-warning">
          <AlertTriangle aria-hidden="true" size={20} />
          <span>
            <strong>Unanswered.</strong> Nothing in the plan answers this risk yet.
          </span>
        </p>
      )}
      <LinkPicker
        chips={risk.answeredBy.map((answer, answerIndex) => {
          const { label, isLive } = describeAnswer(answer, workshop);
          return {
            key: `${answerValue(answer)}-${answerIndex}`,
            content: (
              <>
                {label}
                {answer.note.trim() && <span className="tpr-chip-note"> — {answer.note}</span>}
              </>
            ),
            isLive,
            removeLabel: `Remove “${label}” from risk ${number}`,
            onRemove: () => change(unlinkRiskAnswer(risk.id, answer)),
          };
        })}
        chipsLabel={{ 'aria-label': `What answers risk ${number}` }}
        selectId={selectId}
        selectClassName="answer-select"
        selectLabel={
          <>
            Answered by…<span className="visually-hidden"> (risk {number})</span>
          </>
        }
        placeholder="Choose what in the plan answers it…"
        groups={groups.map((group) => ({ label: group, options: options.filter((option) => option.group === group) }))}
        value={choice}
        onChoose={setChoice}
        field={path}
        addLabel={
          <>
            Link answer<span className="visually-hidden"> to risk {number}</span>
          </>
        }
        onAdd={add}
      >
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
      </LinkPicker>
    </li>
  );
}
