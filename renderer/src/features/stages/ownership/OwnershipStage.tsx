import { AddButton } from '../../../ui/AddButton';
import { RemoveButton } from '../../../ui/RemoveButton';
import { CircleCheck, Plus, TriangleAlert, X } from 'lucide-react';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { RaciActivity, RaciParty } from '../../../../../shared/domain/raci';
import { LIMITS } from '../../../../../shared/domain/limits';
import { RACI_ROLES, type RaciRole } from '../../../../../shared/method/raci';
import { newId } from '../../../db/ids';
import { AutosaveField } from '../../../editing/AutosaveField';
import { ChoiceField } from '../../../editing/ChoiceField';
import { fieldAttribute, requestFieldFocus } from '../../../editing/field-focus';
import type { StageProps } from '../stage-props';
import { activityLabel, columnChoices, ownedCount, partyFromChoice, partyLabel, rowViolations } from './raci-matrix';
import './ownership.css';

type CellValue = RaciRole | '';

const CELL_OPTIONS: readonly { value: CellValue; label: string }[] = [
  { value: '', label: '—' },
  ...RACI_ROLES.map((role) => ({ value: role, label: role })),
];

const LEGEND: readonly { letter: RaciRole; name: string; meaning: string }[] = [
  { letter: 'R', name: 'Responsible', meaning: 'does the work. At least one per activity.' },
  { letter: 'A', name: 'Accountable', meaning: 'owns the outcome and signs it off. Exactly one.' },
  { letter: 'C', name: 'Consulted', meaning: 'asked before a decision.' },
  { letter: 'I', name: 'Informed', meaning: 'told after it is done.' },
];

export function OwnershipStage({ workshop, edit }: StageProps) {
  const { parties, activities } = workshop.raci;
  const partyIds = parties.map((p) => p.id);
  const labels = new Map(parties.map((p) => [p.id, partyLabel(p, workshop.participants)]));
  const owned = ownedCount(activities, partyIds);

  const addActivity = () => {
    const id = newId();
    requestFieldFocus(['raci', 'activities', { id }, 'name']);
    return edit((draft) => {
      draft.raci.activities.push({ id, key: 'custom', name: '', assignments: {} });
    });
  };

  const removeActivity = (activityId: string) => {
    requestFieldFocus(['raci', 'activities']);
    return edit((draft) => {
      draft.raci.activities = draft.raci.activities.filter((a) => a.id !== activityId);
    });
  };

  const removeParty = (partyId: string) => {
    requestFieldFocus(['raci', 'parties']);
    return edit((draft) => {
      draft.raci.parties = draft.raci.parties.filter((p) => p.id !== partyId);
      // Its letters go with it, so no hidden Accountable is left behind in any row.
      for (const activity of draft.raci.activities) delete activity.assignments[partyId];
    });
  };

  const setRole = (activityId: string, partyId: string, role: CellValue) =>
    edit((draft) => {
      const activity = draft.raci.activities.find((a) => a.id === activityId);
      if (!activity) return;
      if (role === '') delete activity.assignments[partyId];
      else activity.assignments[partyId] = role;
    });

  const addParty = (party: RaciParty) => {
    const first = activities[0];
    requestFieldFocus(first ? ['raci', 'activities', { id: first.id }, 'assignments', party.id] : ['raci', 'parties']);
    return edit((draft) => {
      draft.raci.parties.push(party);
    });
  };

  return (
    <section className="card raci" aria-labelledby="raci-title">
      <div className="card-head">
        <h2 id="raci-title">Who does what, once it is live</h2>
        {activities.length > 0 && parties.length > 0 && (
          <p className={`raci-summary ${owned === activities.length ? 'ok' : 'problem'}`}>
            {owned === activities.length
              ? `All ${String(activities.length)} activities have one Accountable and a Responsible.`
              : `${String(owned)} of ${String(activities.length)} activities are properly owned.`}
          </p>
        )}
      </div>

      <dl className="raci-legend" aria-label="What the letters mean">
        {LEGEND.map((entry) => (
          <div key={entry.letter} className="raci-legend-item">
            <dt>
              <span className={`raci-letter role-${entry.letter}`} aria-hidden="true">
                {entry.letter}
              </span>
              <span>{entry.name}</span>
            </dt>
            <dd>{entry.meaning}</dd>
          </div>
        ))}
      </dl>

      {parties.length === 0 && (
        <p className="empty-note" {...fieldAttribute(['raci', 'parties'])} tabIndex={-1}>
          No columns yet. Add the teams or people who share the work: operations, the builders, IT, finance…
        </p>
      )}
      {activities.length === 0 ? (
        <p className="empty-note" {...fieldAttribute(['raci', 'activities'])} tabIndex={-1}>
          No activities yet. Add everything that has to keep happening once the pilot is over.
        </p>
      ) : (
        <div className="raci-scroll">
          <table className="raci-table" {...fieldAttribute(['raci', 'activities'])} tabIndex={-1}>
            <caption className="visually-hidden">Ownership matrix: activities down the side, teams and people across the top</caption>
            <colgroup>
              <col className="raci-activity-col" />
              {parties.map((party) => (
                <col key={party.id} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className="raci-corner">
                  Activity
                </th>
                {parties.map((party) => (
                  <th scope="col" key={party.id} className="raci-party">
                    <div className="raci-party-head">
                      <span className="raci-party-name">{labels.get(party.id)}</span>
                      <span className="raci-party-kind">{party.kind === 'team' ? 'Team' : 'Person'}</span>
                      <button
                        type="button"
                        className="icon-button raci-remove-column"
                        aria-label={`Remove column ${labels.get(party.id) ?? ''}`}
                        title="Remove this column"
                        onClick={() => void removeParty(party.id)}
                      >
                        <X aria-hidden="true" size={18} />
                      </button>
                    </div>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {activities.map((activity, index) => (
                <ActivityRow
                  key={activity.id}
                  workshopId={workshop.id}
                  activity={activity}
                  index={index}
                  parties={parties}
                  labels={labels}
                  partyIds={partyIds}
                  onRemove={() => void removeActivity(activity.id)}
                  onSetRole={(partyId, role) => void setRole(activity.id, partyId, role)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}

      <div className="raci-actions">
        <AddButton onClick={() => void addActivity()} disabled={activities.length >= LIMITS.raciActivities}>Add activity</AddButton>
        <AddColumn workshop={workshop} onAdd={(party) => void addParty(party)} />
      </div>
    </section>
  );
}

interface ActivityRowProps {
  readonly workshopId: string;
  readonly activity: RaciActivity;
  readonly index: number;
  readonly parties: readonly RaciParty[];
  readonly labels: ReadonlyMap<string, string>;
  readonly partyIds: readonly string[];
  readonly onRemove: () => void;
  readonly onSetRole: (partyId: string, role: CellValue) => void;
}

function ActivityRow({ workshopId, activity, index, parties, labels, partyIds, onRemove, onSetRole }: ActivityRowProps) {
  const name = activityLabel(activity, index);
  const violations = rowViolations(activity.assignments, partyIds);
  const path = ['raci', 'activities', { id: activity.id }] as const;
  return (
    <tr
      className={violations.length > 0 ? 'has-problem' : undefined}
      {...fieldAttribute([...path, 'assignments'])}
      tabIndex={-1}
    >
      <th scope="row" className="raci-activity">
        <div className="raci-activity-name" onKeyDown={keepOnOneLine}>
          {activity.key === 'custom' ? (
            <>
              {/* A textarea that grows with its text, so a long name stays readable in a narrow column. */}
              <AutosaveField
                workshopId={workshopId}
                path={[...path, 'name']}
                value={activity.name}
                label={`Name of activity ${String(index + 1)}`}
                hideLabel
                multiline
                rows={1}
                maxLength={LIMITS.shortText}
                placeholder="Name the activity"
              />
              <RemoveButton label={`Remove ${name}`} onClick={onRemove} />
            </>
          ) : (
            <span>{activity.name}</span>
          )}
        </div>
        {violations.length > 0 ? (
          <ul className="raci-problems">
            {violations.map((violation) => (
              <li key={violation.kind}>
                <TriangleAlert aria-hidden="true" size={16} />
                {violation.message}
              </li>
            ))}
          </ul>
        ) : (
          <p className="raci-row-ok">
            <CircleCheck aria-hidden="true" size={16} />
            Owned
          </p>
        )}
      </th>
      {parties.map((party) => {
        const role: CellValue = Object.hasOwn(activity.assignments, party.id) ? (activity.assignments[party.id] ?? '') : '';
        return (
          <td key={party.id} className="raci-cell" data-role={role || undefined}>
            <ChoiceField<CellValue>
              path={[...path, 'assignments', party.id]}
              label={`${labels.get(party.id) ?? ''} role in ${name}`}
              hideLabel
              value={role}
              options={CELL_OPTIONS}
              onChange={(next) => onSetRole(party.id, next)}
            />
          </td>
        );
      })}
    </tr>
  );
}

/** An activity name is one line: Enter in its (growing) textarea does not start a new line. */
function keepOnOneLine(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key === 'Enter' && event.target instanceof HTMLTextAreaElement) event.preventDefault();
}

function AddColumn({ workshop, onAdd }: { workshop: StageProps['workshop']; onAdd: (party: RaciParty) => void }) {
  const choices = columnChoices(workshop.raci.parties, workshop.participants);
  const [wanted, setWanted] = useState<string>('');
  const [name, setName] = useState('');
  const selectId = useId();
  const nameId = useId();
  // The remembered choice may have been added meanwhile (here or in another window): fall back to the first.
  const choice = choices.find((c) => c.value === wanted) ?? choices[0];
  const full = workshop.raci.parties.length >= LIMITS.raciParties;
  const teams = choices.filter((c) => c.kind === 'team');
  const people = choices.filter((c) => c.kind === 'participant');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice || full) return;
    const party = partyFromChoice(choice, newId(), name);
    if (!party) return;
    onAdd(party);
    setName('');
    setWanted('');
  };

  return (
    <form className="raci-add-column" onSubmit={submit}>
      <div className="field">
        <label htmlFor={selectId}>Add a column</label>
        <select
          id={selectId}
          {...(workshop.raci.parties.length > 0 ? fieldAttribute(['raci', 'parties']) : {})}
          value={choice?.value ?? ''}
          onChange={(event) => setWanted(event.target.value)}
          disabled={full}
        >
          {teams.length > 0 && (
            <optgroup label="Teams">
              {teams.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </optgroup>
          )}
          {people.length > 0 && (
            <optgroup label="Participants">
              {people.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </optgroup>
          )}
          <option value="other">Someone else, by name…</option>
        </select>
      </div>
      {choice?.kind === 'other' && (
        <div className="field">
          <label htmlFor={nameId}>Name of the person</label>
          <input id={nameId} value={name} maxLength={LIMITS.shortText} onChange={(event) => setName(event.target.value)} required />
        </div>
      )}
      <button type="submit" className="button" disabled={full}>
        <Plus aria-hidden="true" size={18} />
        Add column
      </button>
    </form>
  );
}
