import { useId, useState } from 'react';
import { LIMITS } from '../../../../shared/domain/limits';
import { ACTION_STATUSES, type ActionItem, type Decision } from '../../../../shared/domain/room';
import { ACTION_STATUS_LABELS, countOf } from '../../../../shared/text';
import type { StageId } from '../../../../shared/method/stages';
import { overdueActions } from '../../../../shared/sessions/overdue';
import { localDate, newId } from '../../db/ids';
import { AutosaveField } from '../../editing/AutosaveField';
import { ChoiceField } from '../../editing/ChoiceField';
import { fieldAttribute, requestFieldFocus } from '../../editing/field-focus';
import type { StageProps } from '../stages';
import { NullableDateField } from '../../editing/NullableDateField';
import { AddButton } from '../../ui/AddButton';
import { EditableTable, type EditableColumn } from '../../ui/EditableTable';
import { RemoveButton } from '../../ui/RemoveButton';
import { NO_OWNER, OTHER_OWNER, ownerChoice, ownerFields } from './action-owner';
import {
  addAction,
  addDecision,
  addOpenQuestion,
  ownerOutsideRoom,
  removeAction,
  removeDecision,
  removeOpenQuestion,
  setActionStatus,
  updateAction,
} from './record-recipes';
import { ActionStatusNote } from './ActionStatusNote';

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
  const columns: EditableColumn<Decision>[] = [
    {
      header: 'Decision',
      render: (decision, index) => (
        <AutosaveField
          workshopId={workshopId}
          path={['room', 'decisions', { id: decision.id }, 'text']}
          value={decision.text}
          label={`Decision ${index + 1}`}
          hideLabel
          multiline
          rows={2}
        />
      ),
    },
    {
      header: 'Decided on',
      cellClassName: 'date-cell',
      render: (decision, index) => (
        <NullableDateField
          workshopId={workshopId}
          path={['room', 'decisions', { id: decision.id }, 'decidedOn']}
          value={decision.decidedOn}
          label={`Date of decision ${index + 1}`}
          hideLabel
        />
      ),
    },
  ];
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-head">
        <h2 id={headingId}>Decisions</h2>
        {decisions.length > 0 && <p className="tpr-count">{countOf(decisions.length, 'decision')}</p>}
      </div>
      <EditableTable
        rows={decisions}
        columns={columns}
        field={['room', 'decisions']}
        className="room-table"
        empty="No decisions recorded yet. Write down what the room agreed, in one sentence each."
        rowName={(_decision, index) => `decision ${index + 1}`}
        onRemove={(decision) => edit(removeDecision(decision.id))}
        add={{
          label: 'Add decision',
          onAdd: () => edit(addDecision(newId(), stageId, localDate())),
          disabled: decisions.length >= LIMITS.decisions,
        }}
      />
    </section>
  );
}

/** Who does what by when: an owner from the participants or someone outside the room. */
export function ActionsSection({ workshop, edit }: StageProps) {
  const { actions } = workshop.room;
  const workshopId = workshop.id;
  const headingId = useId();
  const today = localDate();
  // Rows where "Someone not in the room" was chosen and the name is still being typed.
  const [typingOther, setTypingOther] = useState<ReadonlySet<string>>(new Set());
  // Also covers "Someone not in the room": that may change only this component's state, and the
  // name field appears on that render.

  const ownerOptions = [
    { value: NO_OWNER, label: 'No owner yet' },
    ...workshop.participants.map((p, index) => ({ value: p.id, label: p.name.trim() || `Participant ${index + 1}` })),
    { value: OTHER_OWNER, label: 'Someone not in the room…' },
  ];

  const chooseOwner = (action: ActionItem, choice: string) => {
    if (choice === OTHER_OWNER) {
      setTypingOther((rows) => new Set(rows).add(action.id));
      requestFieldFocus(['room', 'actions', { id: action.id }, 'ownerName']);
      return edit(ownerOutsideRoom(action.id));
    }
    setTypingOther((rows) => {
      const next = new Set(rows);
      next.delete(action.id);
      return next;
    });
    return edit(updateAction(action.id, ownerFields(choice, workshop.participants)));
  };

  const overdue = overdueActions(actions, today).length;
  const path = (action: ActionItem, key: keyof ActionItem) => ['room', 'actions', { id: action.id }, key] as const;
  const columns: EditableColumn<ActionItem>[] = [
    {
      header: 'Action',
      render: (action, index) => (
        <AutosaveField workshopId={workshopId} path={path(action, 'text')} value={action.text} label={`Action ${index + 1}`} hideLabel multiline rows={3} />
      ),
    },
    {
      header: 'Owner',
      cellClassName: 'owner-cell',
      render: (action, index) => {
        const choice = ownerChoice(action, workshop.participants, typingOther.has(action.id));
        return (
          <>
            <ChoiceField<string>
              path={path(action, 'ownerParticipantId')}
              label={`Owner of action ${index + 1}`}
              hideLabel
              value={choice}
              options={ownerOptions}
              onChange={(value) => void chooseOwner(action, value)}
            />
            {choice === OTHER_OWNER && (
              <AutosaveField
                workshopId={workshopId}
                path={path(action, 'ownerName')}
                value={action.ownerName}
                label={`Name of the owner of action ${index + 1}`}
                placeholder="Their name"
                hideLabel
              />
            )}
          </>
        );
      },
    },
    {
      header: 'Due',
      cellClassName: 'date-cell',
      render: (action, index) => (
        <NullableDateField workshopId={workshopId} path={path(action, 'due')} value={action.due} label={`Due date of action ${index + 1}`} hideLabel />
      ),
    },
    {
      header: 'Status',
      cellClassName: 'status-cell',
      render: (action, index) => (
        <>
        <ChoiceField<ActionItem['status']>
          path={path(action, 'status')}
          label={`Status of action ${index + 1}`}
          hideLabel
          value={action.status}
          options={STATUS_OPTIONS}
          onChange={(status) => void edit(setActionStatus(action.id, status, localDate()))}
        />
        <ActionStatusNote action={action} today={today} />
        </>
      ),
    },
  ];

  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-head">
        <h2 id={headingId}>Actions</h2>
        {actions.length > 0 && (
          <p className="tpr-count">
            {actions.filter((a) => a.status !== 'done').length} of {actions.length} still to do
            {overdue > 0 && <span className="overdue-flag"> · {overdue} overdue</span>}
          </p>
        )}
      </div>
      <EditableTable
        rows={actions}
        columns={columns}
        field={['room', 'actions']}
        className="room-table action-table"
        rowClassName={(action) => (action.status === 'done' ? 'is-done' : undefined)}
        empty="No actions yet. Each gap the review found needs someone to close it by a date."
        rowName={(_action, index) => `action ${index + 1}`}
        onRemove={(action) => edit(removeAction(action.id))}
        add={{ label: 'Add action', onAdd: () => edit(addAction(newId(), localDate())), disabled: actions.length >= LIMITS.actions }}
      />
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
    return edit(addOpenQuestion(id));
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
              <RemoveButton label={`Remove open question ${index + 1}`} onClick={() => void edit(removeOpenQuestion(question.id))} />
              </div>
            </li>
          ))}
        </ol>
      )}
      <AddButton onClick={() => void addQuestion()} disabled={openQuestions.length >= LIMITS.openQuestions}>Add open question</AddButton>
    </section>
  );
}
