import { AddButton } from '../../../ui/AddButton';
import { RemoveButton } from '../../../ui/RemoveButton';
import { requestFieldFocus } from '../../../editing/field-focus';
import { AlertTriangle, Trash2 } from 'lucide-react';
import { Link } from 'wouter';
import { LIMITS } from '../../../../../shared/domain/limits';
import type { Standard } from '../../../../../shared/domain/standards';
import { DEFAULT_KNOWLEDGE_TRANSFER_ACTIVITIES } from '../../../../../shared/method/knowledge-transfer';
import { TEAM_LABELS } from '../../../../../shared/method/teams';
import { newId } from '../../../db/ids';
import { AutosaveField } from '../../../editing/AutosaveField';
import { AutosaveParsedField, formatWholeNumber, parseWholeNumber } from '../../../editing/AutosaveParsedField';
import { CheckField } from '../../../editing/CheckField';
import { ChoiceField } from '../../../editing/ChoiceField';
import { fieldAttribute } from '../../../editing/field-focus';
import type { StageProps } from '../stage-props';
import { NullableDateField } from '../../../editing/NullableDateField';
import {
  countSides,
  describeTeam,
  describeWeeks,
  formatDay,
  hiddenWeeks,
  lengthWarning,
  missingSide,
  SIDE_OPTIONS,
  sideOf,
  type SideChoice,
  transitionEndDate,
  weekRows,
  withSide,
  withWeekFocus,
} from './transition-model';
import { WeekFocusField } from './WeekFocusField';
import './tpr-shared.css';
import './transition.css';

const parseWeeks = parseWholeNumber(1, LIMITS.weeks);
const DESCRIPTIONS = new Map(DEFAULT_KNOWLEDGE_TRANSFER_ACTIVITIES.map((a) => [a.kind, a.description]));

const MISSING_SIDE_WARNING = {
  both: 'Nobody is on the transition team yet. It needs the people who built it and the people who will run it, side by side.',
  innovation:
    'No one from the innovation side: the people who built it are not there to pass on why it was built this way, the edge cases and what failure looks like.',
  operations: 'No one from the operations side: nobody who will run it learns it by working on it.',
} as const;

export function TransitionStage({ workshop, edit }: StageProps) {
  const { transition } = workshop;
  const workshopId = workshop.id;
  const counts = countSides(transition.members, workshop.participants);
  const missing = missingSide(counts);
  const warning = lengthWarning(transition.weeks);
  const showReason = warning !== null || transition.lengthReason.trim() !== '';
  const endDate = transitionEndDate(transition.startDate, transition.weeks);
  const rows = weekRows(transition.weeks, transition.weekPlan);
  const hidden = hiddenWeeks(transition.weeks, transition.weekPlan);
  const doneCount = transition.activities.filter((a) => a.done).length;

  const chooseSide = (participantId: string, side: SideChoice) =>
    edit((draft) => {
      draft.transition.members = withSide(draft.transition.members, participantId, side);
    });

  const addActivity = () => {
    const id = newId();
    requestFieldFocus(['transition', 'activities', { id }, 'label']);
    return edit((draft) => {
      draft.transition.activities.push({ id, kind: 'custom', label: '', done: false });
    });
  };

  const addExitCriterion = () => {
    const id = newId();
    requestFieldFocus(['transition', 'exitCriteria', { id }, 'text']);
    return edit((draft) => {
      draft.transition.exitCriteria.push({ id, text: '', standardId: null });
    });
  };

  const commitWeek = (week: number, focus: string) =>
    edit((draft) => {
      draft.transition.weekPlan = withWeekFocus(draft.transition.weekPlan, week, focus);
    });

  const dropHiddenWeeks = () =>
    edit((draft) => {
      const weeks = draft.transition.weeks ?? 0;
      draft.transition.weekPlan = draft.transition.weekPlan.filter((entry) => entry.week <= weeks);
    });

  return (
    <div className="transition-stage" {...fieldAttribute(['transition'])} tabIndex={-1}>
      <section className="card" aria-labelledby="transition-team">
        <div className="card-head">
          <h2 id="transition-team">The blended team</h2>
          <p className="tpr-count" aria-live="polite">
            {describeTeam(counts)}
          </p>
        </div>
        <p className="muted">
          For the weeks between “pilot proven” and “production live”: the innovation people who built it and the operations
          people who will run it, with one shared mandate.
        </p>
        {workshop.participants.length > 0 && missing !== null && (
          <p className="tpr-warning">
            <AlertTriangle aria-hidden="true" size={22} />
            <span>
              <strong>Not blended.</strong> {MISSING_SIDE_WARNING[missing]}
            </span>
          </p>
        )}
        {workshop.participants.length === 0 ? (
          <p className="empty-note" {...fieldAttribute(['transition', 'members'])} tabIndex={-1}>
            Nobody is listed yet. Add the participants in{' '}
            <Link href={`/workshop/${workshopId}/setup`}>Setup</Link>, then choose who joins the transition team.
          </p>
        ) : (
          <table className="edit-table team-table" {...fieldAttribute(['transition', 'members'])} tabIndex={-1}>
            <thead>
              <tr>
                <th scope="col">Participant</th>
                <th scope="col">Team</th>
                <th scope="col">On the transition team</th>
              </tr>
            </thead>
            <tbody>
              {workshop.participants.map((participant, index) => {
                const who = participant.name.trim() || `participant ${index + 1}`;
                const side = sideOf(transition.members, participant.id);
                return (
                  <tr key={participant.id} className={`side-${side}`}>
                    <th scope="row" className="team-name">
                      {participant.name.trim() || <span className="muted">Participant {index + 1} (no name)</span>}
                      {participant.role.trim() && <span className="team-role">{participant.role}</span>}
                    </th>
                    <td className="team-home">{TEAM_LABELS[participant.team]}</td>
                    <td>
                      <ChoiceField<SideChoice>
                        path={['transition', 'members', { id: participant.id }, 'side']}
                        label={`Transition team side of ${who}`}
                        hideLabel
                        value={side}
                        options={SIDE_OPTIONS}
                        onChange={(next) => void chooseSide(participant.id, next)}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      <section className="card" aria-labelledby="transition-length">
        <h2 id="transition-length">Length and start</h2>
        <div className="field-grid">
          <AutosaveParsedField
            workshopId={workshopId}
            path={['transition', 'weeks']}
            value={transition.weeks}
            label="Length in weeks"
            hint="Usually 4 to 8 weeks."
            parse={parseWeeks}
            format={formatWholeNumber}
            inputMode="numeric"
          />
          <NullableDateField
            workshopId={workshopId}
            path={['transition', 'startDate']}
            value={transition.startDate}
            label="Start date"
            hint={endDate ? `Production live around ${formatDay(endDate)}.` : 'When the pilot is proven.'}
          />
        </div>
        {warning !== null && (
          <p className="tpr-warning" role="status">
            <AlertTriangle aria-hidden="true" size={22} />
            <span>{warning}</span>
          </p>
        )}
        {showReason && (
          <AutosaveField
            workshopId={workshopId}
            path={['transition', 'lengthReason']}
            value={transition.lengthReason}
            label="Why this length"
            hint="What makes this transition shorter or longer than usual — e.g. a month-end close to rehearse, a second site to switch on."
            multiline
            rows={2}
          />
        )}
      </section>

      <section className="card" aria-labelledby="transition-activities">
        <div className="card-head">
          <h2 id="transition-activities">Knowledge transfer</h2>
          <p className="tpr-count">
            {doneCount} of {transition.activities.length} done
          </p>
        </div>
        <p className="muted">Knowledge moves by working together, not by documents alone.</p>
        {transition.activities.length === 0 ? (
          <p className="empty-note" {...fieldAttribute(['transition', 'activities'])} tabIndex={-1}>
            No activities yet. Add how the builders and the runners will work together.
          </p>
        ) : (
          <ul className="activity-list" {...fieldAttribute(['transition', 'activities'])} tabIndex={-1}>
            {transition.activities.map((activity, index) => {
              const path = ['transition', 'activities', { id: activity.id }] as const;
              const name = activity.label.trim() || `activity ${index + 1}`;
              const setDone = (done: boolean) =>
                edit((draft) => {
                  const target = draft.transition.activities.find((a) => a.id === activity.id);
                  if (target) target.done = done;
                });
              if (activity.kind !== 'custom') {
                return (
                  <li key={activity.id} className="activity">
                    <CheckField path={[...path, 'done']} label={<strong>{activity.label}</strong>} checked={activity.done} onChange={setDone} />
                    {DESCRIPTIONS.has(activity.kind) && <p className="activity-description">{DESCRIPTIONS.get(activity.kind)}</p>}
                  </li>
                );
              }
              return (
                <li key={activity.id} className="activity custom">
                  <CheckField
                    path={[...path, 'done']}
                    label={<span className="visually-hidden">{`${name} is done`}</span>}
                    checked={activity.done}
                    onChange={setDone}
                  />
                  <AutosaveField
                    workshopId={workshopId}
                    path={[...path, 'label']}
                    value={activity.label}
                    label={`Name of your activity ${index + 1}`}
                    placeholder="Your own activity, e.g. a month-end rehearsal"
                    hideLabel
                  />
                  <RemoveButton label={`Remove ${name}`} onClick={() =>
                      void edit((draft) => {
                        draft.transition.activities = draft.transition.activities.filter((a) => a.id !== activity.id);
                      })} />
                </li>
              );
            })}
          </ul>
        )}
        <AddButton onClick={() => void addActivity()} disabled={transition.activities.length >= LIMITS.transitionActivities}>Add your own activity</AddButton>
      </section>

      <section className="card" aria-labelledby="transition-exit">
        <h2 id="transition-exit">Handover exit criteria</h2>
        <p className="muted">What must be true before operations takes it over completely. Link each one to the standard it proves.</p>
        {transition.exitCriteria.length === 0 ? (
          <p className="empty-note" {...fieldAttribute(['transition', 'exitCriteria'])} tabIndex={-1}>
            No exit criteria yet — e.g. “The service desk handled a rehearsed alert by the runbook.”
          </p>
        ) : (
          <table className="edit-table exit-table" {...fieldAttribute(['transition', 'exitCriteria'])} tabIndex={-1}>
            <thead>
              <tr>
                <th scope="col">Exit criterion</th>
                <th scope="col">Proves the standard</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {transition.exitCriteria.map((criterion, index) => {
                const path = ['transition', 'exitCriteria', { id: criterion.id }] as const;
                const which = `exit criterion ${index + 1}`;
                return (
                  <tr key={criterion.id}>
                    <td>
                      <AutosaveField
                        workshopId={workshopId}
                        path={[...path, 'text']}
                        value={criterion.text}
                        label={`Exit criterion ${index + 1}`}
                        hideLabel
                        multiline
                        rows={2}
                        maxLength={LIMITS.longText}
                      />
                    </td>
                    <td>
                      <ChoiceField<string>
                        path={[...path, 'standardId']}
                        label={`Standard proved by ${which}`}
                        hideLabel
                        value={linkedStandard(criterion.standardId, workshop.standards)}
                        options={standardOptions(workshop.standards)}
                        onChange={(value) =>
                          void edit((draft) => {
                            const target = draft.transition.exitCriteria.find((c) => c.id === criterion.id);
                            if (target) target.standardId = value === NOT_LINKED ? null : value;
                          })
                        }
                      />
                    </td>
                    <td>
                      <RemoveButton label={`Remove ${which}`} onClick={() =>
                          void edit((draft) => {
                            draft.transition.exitCriteria = draft.transition.exitCriteria.filter((c) => c.id !== criterion.id);
                          })} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <AddButton onClick={() => void addExitCriterion()} disabled={transition.exitCriteria.length >= LIMITS.exitCriteria}>Add exit criterion</AddButton>
      </section>

      <section className="card" aria-labelledby="transition-weeks">
        <div className="card-head">
          <h2 id="transition-weeks">Week by week</h2>
          {rows.length > 0 && <p className="tpr-count">{rows.length === 1 ? '1 week' : `${rows.length} weeks`}</p>}
        </div>
        {rows.length === 0 ? (
          <p className="empty-note" {...fieldAttribute(['transition', 'weekPlan'])} tabIndex={-1}>
            Set the length in weeks above, and a row appears here for each week.
          </p>
        ) : (
          <ol className="week-plan" {...fieldAttribute(['transition', 'weekPlan'])} tabIndex={-1}>
            {rows.map((row) => (
              <li key={row.week}>
                <WeekFocusField week={row.week} value={row.focus} onCommit={commitWeek} />
              </li>
            ))}
          </ol>
        )}
        {hidden.length > 0 && (
          <div className="hidden-weeks">
            <p>
              The plan for {describeWeeks(hidden)} is kept but not shown, because{' '}
              {transition.weeks === null
                ? 'the transition has no length yet'
                : `the transition is now ${transition.weeks} ${transition.weeks === 1 ? 'week' : 'weeks'}`}
              . Lengthen it to see {hidden.length === 1 ? 'it' : 'them'} again.
            </p>
            <button type="button" className="button small" onClick={() => void dropHiddenWeeks()}>
              <Trash2 aria-hidden="true" size={18} />
              Delete the plan for {describeWeeks(hidden)}
            </button>
          </div>
        )}
      </section>
    </div>
  );
}

const NOT_LINKED = 'none';

function standardOptions(standards: readonly Standard[]) {
  return [
    { value: NOT_LINKED, label: 'Not linked' },
    ...standards.map((s, index) => ({ value: s.id, label: s.name.trim() || `Standard ${index + 1} (no name)` })),
  ];
}

/** The linked standard's id, or "not linked" when none is set or it was removed from the plan. */
function linkedStandard(standardId: string | null, standards: readonly Standard[]): string {
  return standardId !== null && standards.some((s) => s.id === standardId) ? standardId : NOT_LINKED;
}
