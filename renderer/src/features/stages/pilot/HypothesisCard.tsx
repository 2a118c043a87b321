import { RemoveButton } from '../../../ui/RemoveButton';
import { requestFieldFocus } from '../../../editing/field-focus';
import { AlertTriangle, CheckCircle2, Plus, X } from 'lucide-react';
import { useId, useState } from 'react';
import type { PilotHypothesis } from '../../../../../shared/domain/pilot';
import type { Workshop } from '../../../../../shared/domain/workshop';
import { LIMITS } from '../../../../../shared/domain/limits';
import { AutosaveField } from '../../../editing/AutosaveField';
import { fieldAttribute } from '../../../editing/field-focus';
import type { WorkshopEdit } from '../../../editing/useWorkshopEdit';
import { describeLink, type LinkOption, linkFromValue, linkOptionsFor, linkValue, testsSomething } from './pilot-model';

const GROUPS: readonly LinkOption['group'][] = ['The production model', 'Standards', 'Pre-mortem risks'];

/** One hypothesis: what we believe, what in the production model it tests, and when we stop. */
export function HypothesisCard({
  workshop,
  hypothesis,
  index,
  edit,
}: {
  workshop: Workshop;
  hypothesis: PilotHypothesis;
  index: number;
  edit: WorkshopEdit;
}) {
  const selectId = useId();
  const [choice, setChoice] = useState('');
  const number = index + 1;
  const path = ['pilot', 'hypotheses', { id: hypothesis.id }] as const;
  const testsPath = [...path, 'tests'] as const;
  const options = linkOptionsFor(hypothesis, workshop);
  const isLinked = testsSomething(hypothesis, workshop);
  const headingId = `hypothesis-${hypothesis.id}`;

  const updateTests = (change: (tests: PilotHypothesis['tests']) => PilotHypothesis['tests']) => {
    // The select keeps the focus after a link is added or a chip removed, so keyboard users stay put.
    requestFieldFocus(testsPath);
    return edit((draft) => {
      const target = draft.pilot.hypotheses.find((h) => h.id === hypothesis.id);
      if (target) target.tests = change(target.tests);
    });
  };

  const addLink = () => {
    const link = linkFromValue(choice);
    if (link === null) {
      document.getElementById(selectId)?.focus();
      return;
    }
    setChoice('');
    void updateTests((tests) =>
      tests.some((t) => linkValue(t) === linkValue(link)) || tests.length >= LIMITS.hypothesisTests ? tests : [...tests, link],
    );
  };

  return (
    <li className="hypothesis">
      <div className="hypothesis-head">
        <h3 id={headingId}>Hypothesis {number}</h3>
        {isLinked ? (
          <p className="tpr-ok">
            <CheckCircle2 aria-hidden="true" size={20} />
            Tests the production model
          </p>
        ) : (
          <p className="tpr-warning hypothesis-flag">
            <AlertTriangle aria-hidden="true" size={20} />
            <strong>Tests nothing in the production model</strong>
          </p>
        )}
        <RemoveButton label={`Remove hypothesis ${number}`} onClick={() =>
            void edit((draft) => {
              draft.pilot.hypotheses = draft.pilot.hypotheses.filter((h) => h.id !== hypothesis.id);
            })} />
      </div>

      <AutosaveField
        workshopId={workshop.id}
        path={[...path, 'statement']}
        value={hypothesis.statement}
        label={`Hypothesis ${number}: what we believe`}
        hint={
          hypothesis.statement.trim() === ''
            ? 'A claim about production, e.g. “The service desk can switch to the manual queue within an hour.”'
            : undefined
        }
        multiline
        rows={2}
      />

      <div className="hypothesis-tests">
        <p className="tests-label" id={`${headingId}-tests`}>
          What it tests
        </p>
        {hypothesis.tests.length === 0 ? (
          <p className="muted tests-empty">
            Nothing yet. Link it to a standard, the operating model, a cost assumption or a pre-mortem risk.
          </p>
        ) : (
          <ul className="tpr-chips" aria-labelledby={`${headingId}-tests`}>
            {hypothesis.tests.map((test) => {
              const { label, isLive } = describeLink(test, workshop);
              return (
                <li key={linkValue(test)} className={isLive ? 'tpr-chip' : 'tpr-chip dead'}>
                  <span className="tpr-chip-text">{label}</span>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove link “${label}” from hypothesis ${number}`}
                    onClick={() => void updateTests((tests) => tests.filter((t) => linkValue(t) !== linkValue(test)))}
                  >
                    <X aria-hidden="true" size={18} />
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <div className="tpr-add-row">
          <div className="field">
            <label htmlFor={selectId}>Add what hypothesis {number} tests</label>
            <select id={selectId} {...fieldAttribute(testsPath)} value={choice} onChange={(event) => setChoice(event.target.value)}>
              <option value="">Choose a piece of the production model…</option>
              {GROUPS.map((group) => {
                const inGroup = options.filter((option) => option.group === group);
                return inGroup.length === 0 ? null : (
                  <optgroup key={group} label={group}>
                    {inGroup.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </select>
          </div>
          <button type="button" className="button" onClick={addLink}>
            <Plus aria-hidden="true" size={18} />
            Add link<span className="visually-hidden"> to hypothesis {number}</span>
          </button>
        </div>
      </div>

      <div className="field-grid">
        <AutosaveField
          workshopId={workshop.id}
          path={[...path, 'successCriteria']}
          value={hypothesis.successCriteria}
          label={`Success criteria for hypothesis ${number}`}
          multiline
          rows={2}
        />
        <AutosaveField
          workshopId={workshop.id}
          path={[...path, 'stopCriteria']}
          value={hypothesis.stopCriteria}
          label={`Stop criteria for hypothesis ${number}`}
          multiline
          rows={2}
        />
      </div>
    </li>
  );
}
