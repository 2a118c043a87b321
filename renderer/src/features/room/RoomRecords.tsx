import { AddButton } from '../../ui/AddButton';
import { RemoveButton } from '../../ui/RemoveButton';
import { requestFieldFocus } from '../../editing/field-focus';

import { useId, useState } from 'react';
import { LIMITS } from '../../../../shared/domain/limits';
import { ACTION_STATUSES, type ActionItem } from '../../../../shared/domain/room';
import type { StageId } from '../../../../shared/method/stages';
import { localDate, newId } from '../../db/ids';
import { AutosaveField } from '../../editing/AutosaveField';
import { ChoiceField } from '../../editing/ChoiceField';
import { fieldAttribute } from '../../editing/field-focus';
import type { StageProps } from '../stages';
import { NullableDateField } from '../../editing/NullableDateField';
import { ACTION_STATUS_LABELS, NO_OWNER, OTHER_OWNER, ownerChoice, ownerFields } from './action-owner';

const STATUS_OPTIONS = ACTION_STATUSES.map((status) => ({ value: status, label: ACTION_STATUS_LABELS[status] }));

/** What the room decided, who does what by when, and what is still open. */
export function RoomRecords({ workshop, edit }: StageProps) {
  return (
    <>
      <DecisionsSection workshop={workshop} edit={edit} stageId="review" />
      <ActionsSection workshop={workshop} edit={edit} />
      <OpenQuestionsSection workshop={workshop} edit={edit} />
    </>
  );
}

/*
 * Each list is also shown in the room drawer, from every stage (features/room). Heading ids come
 * from useId because the drawer can be open over the Review stage, which shows the same lists.
 */

/** The decisions log; a new decision remembers the stage it was taken in. */
export function DecisionsSection({ workshop, edit, stageId }: StageProps & { readonly stageId: StageId }) {
  const { decisions } = workshop.room;
  const workshopId = workshop.id;
  const headingId = useId();
  const addDecision = () => {
    const id = newId();
    requestFieldFocus(['room', 'decisions', { id }, 'text']);
    return edit((draft) => {
      draft.room.decisions.push({ id, text: '', stageId, decidedOn: localDate() });
    });
  };
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-head">
        <h2 id={headingId}>Decisions</h2>
        {decisions.length > 0 && <p className="tpr-count">{decisions.length === 1 ? '1 decision' : `${decisions.length} decisions`}</p>}
      </div>
      {decisions.length === 0 ? (
        <p className="empty-note" {...fieldAttribute(['room', 'decisions'])} tabIndex={-1}>
          No decisions recorded yet. Write down what the room agreed, in one sentence each.
        </p>
      ) : (
        <table className="edit-table room-table" {...fieldAttribute(['room', 'decisions'])} tabIndex={-1}>
          <thead>
            <tr>
              <th scope="col">Decision</th>
              <th scope="col">Decided on</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {decisions.map((decision, index) => {
              const path = ['room', 'decisions', { id: decision.id }] as const;
              return (
                <tr key={decision.id}>
                  <td>
                    <AutosaveField
                      workshopId={workshopId}
                      path={[...path, 'text']}
                      value={decision.text}
                      label={`Decision ${index + 1}`}
                      hideLabel
                      multiline
                      rows={2}
                    />
                  </td>
                  <td className="date-cell">
                    <NullableDateField
                      workshopId={workshopId}
                      path={[...path, 'decidedOn']}
                      value={decision.decidedOn}
                      label={`Date of decision ${index + 1}`}
                      hideLabel
                    />
                  </td>
                  <td className="remove-cell">
                    <RemoveButton label={`Remove decision ${index + 1}`} onClick={() =>
                        void edit((draft) => {
                          draft.room.decisions = draft.room.decisions.filter((d) => d.id !== decision.id);
                        })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <AddButton onClick={() => void addDecision()} disabled={decisions.length >= LIMITS.decisions}>Add decision</AddButton>
    </section>
  );
}

/** Who does what by when: an owner from the participants or someone outside the room. */
export function ActionsSection({ workshop, edit }: StageProps) {
  const { actions } = workshop.room;
  const workshopId = workshop.id;
  const headingId = useId();
  // Rows where "Someone not in the room" was chosen and the name is still being typed.
  const [typingOther, setTypingOther] = useState<ReadonlySet<string>>(new Set());
  // Also covers "Someone not in the room": that may change only this component's state, and the
  // name field appears on that render.

  const ownerOptions = [
    { value: NO_OWNER, label: 'No owner yet' },
    ...workshop.participants.map((p, index) => ({ value: p.id, label: p.name.trim() || `Participant ${index + 1}` })),
    { value: OTHER_OWNER, label: 'Someone not in the room…' },
  ];

  const addAction = () => {
    const id = newId();
    requestFieldFocus(['room', 'actions', { id }, 'text']);
    return edit((draft) => {
      draft.room.actions.push({ id, text: '', ownerParticipantId: null, ownerName: '', due: null, status: 'open' });
    });
  };
  const updateAction = (id: string, change: (action: ActionItem) => void) =>
    edit((draft) => {
      const target = draft.room.actions.find((a) => a.id === id);
      if (target) change(target);
    });

  const chooseOwner = (action: ActionItem, choice: string) => {
    if (choice === OTHER_OWNER) {
      setTypingOther((rows) => new Set(rows).add(action.id));
      requestFieldFocus(['room', 'actions', { id: action.id }, 'ownerName']);
      // A participant owned it: clear both fields so the typed name starts empty.
      return updateAction(action.id, (target) => {
        if (target.ownerParticipantId !== null) Object.assign(target, { ownerParticipantId: null, ownerName: '' });
      });
    }
    setTypingOther((rows) => {
      const next = new Set(rows);
      next.delete(action.id);
      return next;
    });
    return updateAction(action.id, (target) => Object.assign(target, ownerFields(choice, workshop.participants)));
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-head">
        <h2 id={headingId}>Actions</h2>
        {actions.length > 0 && (
          <p className="tpr-count">
            {actions.filter((a) => a.status !== 'done').length} of {actions.length} still to do
          </p>
        )}
      </div>
      {actions.length === 0 ? (
        <p className="empty-note" {...fieldAttribute(['room', 'actions'])} tabIndex={-1}>
          No actions yet. Each gap the review found needs someone to close it by a date.
        </p>
      ) : (
        <table className="edit-table room-table action-table" {...fieldAttribute(['room', 'actions'])} tabIndex={-1}>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {actions.map((action, index) => {
              const path = ['room', 'actions', { id: action.id }] as const;
              const which = `action ${index + 1}`;
              const choice = ownerChoice(action, workshop.participants, typingOther.has(action.id));
              return (
                <tr key={action.id} className={action.status === 'done' ? 'is-done' : undefined}>
                  <td>
                    <AutosaveField
                      workshopId={workshopId}
                      path={[...path, 'text']}
                      value={action.text}
                      label={`Action ${index + 1}`}
                      hideLabel
                      multiline
                      rows={3}
                    />
                  </td>
                  <td className="owner-cell">
                    <ChoiceField<string>
                      path={[...path, 'ownerParticipantId']}
                      label={`Owner of ${which}`}
                      hideLabel
                      value={choice}
                      options={ownerOptions}
                      onChange={(value) => void chooseOwner(action, value)}
                    />
                    {choice === OTHER_OWNER && (
                      <AutosaveField
                        workshopId={workshopId}
                        path={[...path, 'ownerName']}
                        value={action.ownerName}
                        label={`Name of the owner of ${which}`}
                        placeholder="Their name"
                        hideLabel
                      />
                    )}
                  </td>
                  <td className="date-cell">
                    <NullableDateField
                      workshopId={workshopId}
                      path={[...path, 'due']}
                      value={action.due}
                      label={`Due date of ${which}`}
                      hideLabel
                    />
                  </td>
                  <td className="status-cell">
                    <ChoiceField<ActionItem['status']>
                      path={[...path, 'status']}
                      label={`Status of ${which}`}
                      hideLabel
                      value={action.status}
                      options={STATUS_OPTIONS}
                      onChange={(status) => void updateAction(action.id, (target) => (target.status = status))}
                    />
                  </td>
                  <td className="remove-cell">
                    <RemoveButton label={`Remove ${which}`} onClick={() =>
                        void edit((draft) => {
                          draft.room.actions = draft.room.actions.filter((a) => a.id !== action.id);
                        })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <AddButton onClick={() => void addAction()} disabled={actions.length >= LIMITS.actions}>Add action</AddButton>
    </section>
  );
}

export function OpenQuestionsSection({ workshop, edit }: StageProps) {
  const { openQuestions } = workshop.room;
  const workshopId = workshop.id;
  const headingId = useId();
  const addQuestion = () => {
    const id = newId();
    requestFieldFocus(['room', 'openQuestions', { id }, 'text']);
    return edit((draft) => {
      draft.room.openQuestions.push({ id, text: '' });
    });
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Open questions</h2>
      {openQuestions.length === 0 ? (
        <p className="empty-note" {...fieldAttribute(['room', 'openQuestions'])} tabIndex={-1}>
          No open questions. Note here what the room could not answer today.
        </p>
      ) : (
        <ol className="question-list" {...fieldAttribute(['room', 'openQuestions'])} tabIndex={-1}>
          {openQuestions.map((question, index) => (
            <li key={question.id}>
              <div className="question-row">
              <AutosaveField
                workshopId={workshopId}
                path={['room', 'openQuestions', { id: question.id }, 'text']}
                value={question.text}
                label={`Open question ${index + 1}`}
                hideLabel
                maxLength={LIMITS.longText}
              />
              <RemoveButton label={`Remove open question ${index + 1}`} onClick={() =>
                  void edit((draft) => {
                    draft.room.openQuestions = draft.room.openQuestions.filter((q) => q.id !== question.id);
                  })} />
              </div>
            </li>
          ))}
        </ol>
      )}
      <AddButton onClick={() => void addQuestion()} disabled={openQuestions.length >= LIMITS.openQuestions}>Add open question</AddButton>
    </section>  );
}
