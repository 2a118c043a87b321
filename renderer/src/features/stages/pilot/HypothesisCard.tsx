import { LinkPicker } from '../../../ui/LinkPicker';
import { RemoveButton } from '../../../ui/RemoveButton';
import { requestFieldFocus } from '../../../editing/field-focus';
import { AlertTriangle, CheckCircle2 } from 'lucide-react';
import { useId, useState } from 'react';
import type { PilotHypothesis } from '../../../../../shared/domain/pilot';
import type { Workshop } from '../../../../../shared/domain/workshop';
import type { WorkshopRecipe } from '../../../../../shared/editing/workshop-recipe';
import { AutosaveField } from '../../../editing/AutosaveField';
import type { WorkshopEdit } from '../../../editing/useWorkshopEdit';
import { linkHypothesis, removeHypothesis, unlinkHypothesis } from './pilot-recipes';
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

  // The select keeps the focus after a link is added or a chip removed, so keyboard users stay put.
  const changeTests = (recipe: WorkshopRecipe) => {
    requestFieldFocus(testsPath);
    return edit(recipe);
  };

  const addLink = () => {
    const link = linkFromValue(choice);
    if (link === null) {
      document.getElementById(selectId)?.focus();
      return;
    }
    setChoice('');
    void changeTests(linkHypothesis(hypothesis.id, link));
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
        <RemoveButton label={`Remove hypothesis ${number}`} onClick={() => void edit(removeHypothesis(hypothesis.id))} />
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
        {hypothesis.tests.length === 0 && (
          <p className="muted tests-empty">
            Nothing yet. Link it to a standard, the operating model, a cost assumption or a pre-mortem risk.
          </p>
        )}
        <LinkPicker
          chips={hypothesis.tests.map((test) => {
            const { label, isLive } = describeLink(test, workshop);
            return {
              key: linkValue(test),
              content: label,
              isLive,
              removeLabel: `Remove link “${label}” from hypothesis ${number}`,
              onRemove: () => changeTests(unlinkHypothesis(hypothesis.id, test)),
            };
          })}
          chipsLabel={{ 'aria-labelledby': `${headingId}-tests` }}
          selectId={selectId}
          selectLabel={`Add what hypothesis ${number} tests`}
          placeholder="Choose a piece of the production model…"
          groups={GROUPS.map((group) => ({ label: group, options: options.filter((option) => option.group === group) }))}
          value={choice}
          onChoose={setChoice}
          field={testsPath}
          addLabel={
            <>
              Add link<span className="visually-hidden"> to hypothesis {number}</span>
            </>
          }
          onAdd={addLink}
        />
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
