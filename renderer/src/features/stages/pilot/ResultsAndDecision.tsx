import { ArrowRight, Flag } from 'lucide-react';
import { Link } from 'wouter';
import { GO_NO_GO_OUTCOMES, HYPOTHESIS_OUTCOMES, type GoNoGoOutcome, type HypothesisOutcome } from '../../../../../shared/domain/pilot';
import type { Workshop } from '../../../../../shared/domain/workshop';
import { GO_NO_GO_LABELS, HYPOTHESIS_OUTCOME_LABELS } from '../../../../../shared/method/go-no-go';
import { excerpt, formatDay } from '../../../../../shared/text';
import { localDate } from '../../../db/ids';
import { AutosaveField } from '../../../editing/AutosaveField';
import { ChoiceField } from '../../../editing/ChoiceField';
import { NullableDateField } from '../../../editing/NullableDateField';
import type { WorkshopEdit } from '../../../editing/useWorkshopEdit';
import { recordDecision, setHypothesisOutcome } from './results-recipes';
import './results.css';

const OUTCOME_OPTIONS = HYPOTHESIS_OUTCOMES.map((value) => ({ value, label: HYPOTHESIS_OUTCOME_LABELS[value] }));
const NOT_DECIDED = 'not-decided';
const DECISION_OPTIONS: readonly { value: GoNoGoOutcome | typeof NOT_DECIDED; label: string }[] = [
  { value: NOT_DECIDED, label: 'Not decided yet' },
  ...GO_NO_GO_OUTCOMES.map((value) => ({ value, label: GO_NO_GO_LABELS[value] })),
];

/** Measured results first, what is still to measure last. */
const RESULT_ORDER: readonly HypothesisOutcome[] = ['met', 'not-met', 'inconclusive', 'not-measured'];

/** "2 met · 1 not met · 1 not measured yet": how the evidence stands, counted over the hypotheses. */
export function describeResults(outcomes: readonly HypothesisOutcome[]): string {
  return RESULT_ORDER.flatMap((outcome) => {
    const count = outcomes.filter((o) => o === outcome).length;
    return count === 0 ? [] : [`${count} ${HYPOTHESIS_OUTCOME_LABELS[outcome].toLowerCase()}`];
  }).join(' · ');
}

/**
 * After the pilot: what it measured against each hypothesis's success and stop criteria, then the
 * go/no-go by the decider. Recording the decision moves the plan's phase (results-recipes.ts).
 */
export function ResultsAndDecision({ workshop, edit }: { workshop: Workshop; edit: WorkshopEdit }) {
  const { pilot } = workshop;
  const { decision } = pilot;
  const decider = workshop.participants.find((p) => p.id === pilot.deciderParticipantId);
  const deciderName = decider ? decider.name.trim() || 'the chosen participant' : null;
  const locale = typeof navigator === 'undefined' ? undefined : navigator.language;

  return (
    <section className="card results-card" aria-labelledby="pilot-results">
      <div className="card-head">
        <h2 id="pilot-results">Results and decision</h2>
        {pilot.hypotheses.length > 0 && <p className="tpr-count">{describeResults(pilot.hypotheses.map((h) => h.result.outcome))}</p>}
      </div>
      <p className="muted">What the pilot measured against each hypothesis, then the go/no-go.</p>

      {pilot.hypotheses.length === 0 ? (
        <p className="empty-note">No hypotheses to measure. Add them above.</p>
      ) : (
        <ol className="result-list">
          {pilot.hypotheses.map((hypothesis, index) => {
            const number = index + 1;
            const path = ['pilot', 'hypotheses', { id: hypothesis.id }, 'result'] as const;
            return (
              <li key={hypothesis.id} className={`result outcome-${hypothesis.result.outcome}`}>
                <h3 className="result-title">
                  Hypothesis {number}
                  <span className="result-statement">{excerpt(hypothesis.statement, 140) || 'No statement yet'}</span>
                </h3>
                <dl className="result-criteria">
                  <div>
                    <dt>Success if</dt>
                    <dd>{hypothesis.successCriteria.trim() || 'Not written yet'}</dd>
                  </div>
                  <div>
                    <dt>Stop if</dt>
                    <dd>{hypothesis.stopCriteria.trim() || 'Not written yet'}</dd>
                  </div>
                </dl>
                <div className="result-fields">
                  <ChoiceField<HypothesisOutcome>
                    path={[...path, 'outcome']}
                    label={`Result of hypothesis ${number}`}
                    value={hypothesis.result.outcome}
                    options={OUTCOME_OPTIONS}
                    onChange={(outcome) => void edit(setHypothesisOutcome(hypothesis.id, outcome))}
                  />
                  <AutosaveField
                    workshopId={workshop.id}
                    path={[...path, 'figure']}
                    value={hypothesis.result.figure}
                    label={`Measured figure for hypothesis ${number}`}
                    placeholder="e.g. 94% routed correctly"
                  />
                  <NullableDateField
                    workshopId={workshop.id}
                    path={[...path, 'measuredOn']}
                    value={hypothesis.result.measuredOn}
                    label={`Measured on (hypothesis ${number})`}
                  />
                </div>
                <AutosaveField
                  workshopId={workshop.id}
                  path={[...path, 'evidence']}
                  value={hypothesis.result.evidence}
                  label={`Evidence for hypothesis ${number}`}
                  hint="Where the figure comes from: a report, a log, a dashboard, who checked it."
                  multiline
                  rows={2}
                />
              </li>
            );
          })}
        </ol>
      )}

      <div className={`decision decision-${decision.outcome ?? 'none'}`}>
        <h3 id="pilot-go-no-go">
          <Flag aria-hidden="true" size={22} />
          The go/no-go
        </h3>
        <div className="field-grid decision-fields">
          <ChoiceField<GoNoGoOutcome | typeof NOT_DECIDED>
            path={['pilot', 'decision', 'outcome']}
            label="Decision"
            value={decision.outcome ?? NOT_DECIDED}
            options={DECISION_OPTIONS}
            onChange={(value) => void edit(recordDecision(value === NOT_DECIDED ? null : value, localDate()))}
          />
          <NullableDateField workshopId={workshop.id} path={['pilot', 'decision', 'decidedOn']} value={decision.decidedOn} label="Decided on" />
        </div>
        <p className="decision-decider">
          {deciderName
            ? `Decided by ${deciderName}${workshop.operatingModel.ownerParticipantId === pilot.deciderParticipantId ? ', the operational owner' : ''}.`
            : 'No decider chosen: recording the decision makes the operational owner the decider. Choose someone else above.'}
        </p>
        <AutosaveField
          workshopId={workshop.id}
          path={['pilot', 'decision', 'rationale']}
          value={decision.rationale}
          label="Rationale"
          hint="Why, in the decider's words: which results carried it, what is left to watch."
          multiline
          rows={3}
        />
        <DecisionNext workshop={workshop} locale={locale} />
      </div>
    </section>
  );
}

/** What the decision means for the plan, in one calm line. */
function DecisionNext({ workshop, locale }: { workshop: Workshop; locale: string | undefined }) {
  const { outcome, decidedOn } = workshop.pilot.decision;
  if (outcome === null) return null;
  const on = decidedOn === null ? '' : ` on ${formatDay(decidedOn, locale)}`;
  if (outcome === 'stop') {
    return (
      <p className="decision-next" role="status">
        Stopped{on}. A stopped plan is a finished plan: the review records it as such, with the rationale.
      </p>
    );
  }
  if (outcome === 'extend') {
    return (
      <p className="decision-next" role="status">
        The pilot goes on{on}. Record the new results here when they are in.
      </p>
    );
  }
  return (
    <p className="decision-next" role="status">
      Go{on}. The review now checks the hand-over: every standard met with evidence or waived with a reason, the transition team
      booked, the owner confirmed.{' '}
      <Link href={`/workshop/${workshop.id}/review`} className="decision-link">
        Open the review
        <ArrowRight aria-hidden="true" size={16} />
      </Link>
    </p>
  );
}
