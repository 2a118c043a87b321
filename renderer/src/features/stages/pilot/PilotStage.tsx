import { AddButton } from '../../../ui/AddButton';
import { AlertTriangle, CheckCircle2, UserCheck } from 'lucide-react';
import { useMemo } from 'react';
import { Link } from 'wouter';
import { LIMITS } from '../../../../../shared/domain/limits';
import { newId } from '../../../db/ids';
import { AutosaveField } from '../../../editing/AutosaveField';
import { AutosaveParsedField, formatWholeNumber, parseWholeNumber } from '../../../editing/AutosaveParsedField';
import { CheckField } from '../../../editing/CheckField';
import { ChoiceField } from '../../../editing/ChoiceField';
import { fieldAttribute, requestFieldFocus } from '../../../editing/field-focus';
import type { StageProps } from '../stage-props';
import { NullableDateField } from '../../../editing/NullableDateField';
import { HypothesisCard } from './HypothesisCard';
import { PilotInputVarieties } from './PilotInputVarieties';
import { ResultsAndDecision } from './ResultsAndDecision';
import { addHypothesis, setDataFlag, setDecider, type DataFlag } from './pilot-recipes';
import { dataWarning, formatBudget, parseBudget } from './pilot-model';
import '../transition/tpr-shared.css';
import './pilot.css';

const parseWeeks = parseWholeNumber(1, LIMITS.weeks);
const NOT_DECIDED = '';

const REALISM: readonly { readonly key: Exclude<DataFlag, 'curatedOnly'>; readonly label: string }[] = [
  { key: 'messyFormats', label: 'Messy formats (scans, odd layouts, other languages)' },
  { key: 'missingFields', label: 'Missing fields' },
  { key: 'edgeCases', label: 'Edge cases' },
];

export function PilotStage({ workshop, edit }: StageProps) {
  const { pilot } = workshop;
  const workshopId = workshop.id;
  const currency = workshop.cost.currency;
  const locale = typeof navigator === 'undefined' ? undefined : navigator.language;
  const parseMoney = useMemo(() => parseBudget(currency, locale), [currency, locale]);
  const formatMoney = useMemo(() => formatBudget(currency, locale), [currency, locale]);
  const warning = dataWarning(pilot.data);

  const participantsById = new Map(workshop.participants.map((p) => [p.id, p]));
  const decider = pilot.deciderParticipantId === null ? undefined : participantsById.get(pilot.deciderParticipantId);
  const ownerId = workshop.operatingModel.ownerParticipantId;
  const owner = ownerId === null ? undefined : participantsById.get(ownerId);
  const ownerName = owner?.name.trim() || workshop.operatingModel.ownerName.trim() || (owner ? 'the operational owner' : '');

  const addOwnHypothesis = () => {
    const id = newId();
    requestFieldFocus(['pilot', 'hypotheses', { id }, 'statement']);
    return edit(addHypothesis(id));
  };

  const setFlag = (key: DataFlag, value: boolean) => edit(setDataFlag(key, value));
  const chooseDecider = (participantId: string | null) => edit(setDecider(participantId));

  return (
    <div className="pilot-stage" {...fieldAttribute(['pilot'])} tabIndex={-1}>
      <section className="card" aria-labelledby="pilot-hypotheses">
        <div className="card-head">
          <h2 id="pilot-hypotheses">Hypotheses</h2>
          <p className="tpr-count">
            {pilot.hypotheses.length === 1 ? '1 hypothesis' : `${pilot.hypotheses.length} hypotheses`}
          </p>
        </div>
        <p className="muted">
          Each one puts a piece of the production model to the test: a standard, the operating model, a cost assumption or a
          pre-mortem risk.
        </p>
        {pilot.hypotheses.length === 0 ? (
          <p className="empty-note" {...fieldAttribute(['pilot', 'hypotheses'])} tabIndex={-1}>
            No hypotheses yet. A pilot without them can only prove that the demo works.
          </p>
        ) : (
          <ol className="hypothesis-list" {...fieldAttribute(['pilot', 'hypotheses'])} tabIndex={-1}>
            {pilot.hypotheses.map((hypothesis, index) => (
              <HypothesisCard key={hypothesis.id} workshop={workshop} hypothesis={hypothesis} index={index} edit={edit} />
            ))}
          </ol>
        )}
        <AddButton onClick={() => void addOwnHypothesis()} disabled={pilot.hypotheses.length >= LIMITS.hypotheses}>Add hypothesis</AddButton>
      </section>

      <section className="card" aria-labelledby="pilot-data">
        <h2 id="pilot-data">Data realism</h2>
        {warning === 'curated' && (
          <p className="tpr-warning strong">
            <AlertTriangle aria-hidden="true" size={26} />
            <span>
              <strong>Curated data only.</strong> A pilot on hand-picked examples proves the demo, not production. Plan it on
              realistic volume, with messy formats, missing fields and edge cases.
            </span>
          </p>
        )}
        {warning === 'not-realistic' && (
          <p className="tpr-warning strong">
            <AlertTriangle aria-hidden="true" size={26} />
            <span>
              <strong>Not realistic yet.</strong> No messy formats, missing fields or edge cases are planned, so in effect the data
              is curated. Production will see all three.
            </span>
          </p>
        )}
        {warning === null && (
          <p className="tpr-ok">
            <CheckCircle2 aria-hidden="true" size={22} />
            Realistic data: the pilot sees what production will see.
          </p>
        )}
        <AutosaveField
          workshopId={workshopId}
          path={['pilot', 'data', 'volume']}
          value={pilot.data.volume}
          label="Volume"
          hint="How much real data, over what period — e.g. “every invoice for two business units, about 600 a day”."
          maxLength={LIMITS.longText}
        />
        <fieldset className="realism">
          <legend>The pilot data includes</legend>
          <div className="realism-checks">
            {REALISM.map(({ key, label }) => (
              <CheckField
                key={key}
                path={['pilot', 'data', key]}
                label={label}
                checked={pilot.data[key]}
                onChange={(value) => void setFlag(key, value)}
              />
            ))}
          </div>
          <div className="curated-check">
            <CheckField
              path={['pilot', 'data', 'curatedOnly']}
              label="Curated data only (hand-picked examples)"
              checked={pilot.data.curatedOnly}
              onChange={(value) => void setFlag('curatedOnly', value)}
            />
          </div>
        </fieldset>
        <PilotInputVarieties workshop={workshop} edit={edit} />
        <AutosaveField
          workshopId={workshopId}
          path={['pilot', 'data', 'notes']}
          value={pilot.data.notes}
          label="Notes on the data"
          hint="Where it comes from, what is masked, which awkward cases are in on purpose."
          multiline
          rows={2}
        />
      </section>

      <section className="card" aria-labelledby="pilot-decision">
        <h2 id="pilot-decision">Length, budget and the go/no-go</h2>
        <div className="field-grid pilot-figures">
          <AutosaveParsedField
            workshopId={workshopId}
            path={['pilot', 'lengthWeeks']}
            value={pilot.lengthWeeks}
            label="Length in weeks"
            parse={parseWeeks}
            format={formatWholeNumber}
            inputMode="numeric"
          />
          <AutosaveParsedField
            workshopId={workshopId}
            path={['pilot', 'budgetCents']}
            value={pilot.budgetCents}
            label={`Budget (${currency})`}
            hint="e.g. 50k, 1.2m or 150,000. The currency is set in Lifecycle cost."
            parse={parseMoney}
            format={formatMoney}
          />
          <NullableDateField
            workshopId={workshopId}
            path={['pilot', 'goNoGoDate']}
            value={pilot.goNoGoDate}
            label="Go/no-go date"
          />
        </div>
        <div className="decider">
          <ChoiceField<string>
            path={['pilot', 'deciderParticipantId']}
            label="Who decides go or no-go"
            value={decider ? decider.id : NOT_DECIDED}
            options={[
              { value: NOT_DECIDED, label: 'Not decided yet' },
              ...workshop.participants.map((p, index) => ({
                value: p.id,
                label: `${p.name.trim() || `Participant ${index + 1}`}${p.role.trim() ? ` — ${p.role.trim()}` : ''}`,
              })),
            ]}
            onChange={(value) => void chooseDecider(value === NOT_DECIDED ? null : value)}
          />
          {!decider && (
            <div className="decider-hint">
              {owner ? (
                <>
                  <p>Usually the operational owner: {ownerName}.</p>
                  <button type="button" className="button primary" onClick={() => void chooseDecider(owner.id)}>
                    <UserCheck aria-hidden="true" size={18} />
                    Make {ownerName} the decider
                  </button>
                </>
              ) : ownerName ? (
                <p>
                  Usually the operational owner, {ownerName}. Add them as a participant in{' '}
                  <Link href={`/workshop/${workshopId}/setup`}>Setup</Link> to choose them here.
                </p>
              ) : (
                <p>
                  Usually the operational owner. Name one in{' '}
                  <Link href={`/workshop/${workshopId}/operating-model`}>Who runs it</Link>.
                </p>
              )}
            </div>
          )}
        </div>
      </section>

      <ResultsAndDecision workshop={workshop} edit={edit} />
    </div>
  );
}
