import { useId, useState, type FormEvent } from 'react';
import { TimeOfDaySchema } from '../../../../shared/domain/sessions';
import type { Workshop } from '../../../../shared/domain/workshop';
import { agendaTotalMinutes, SESSION_AGENDA_TEMPLATES, SESSION_TEMPLATE_IDS, type SessionTemplateId } from '../../../../shared/method/agenda-templates';
import { defaultPresent, defaultSessionLabel, runningSession } from '../../../../shared/sessions';
import { localDate } from '../../db/ids';
import type { FollowUpChoice } from './session-flow';

const timeNow = () => {
  const now = new Date();
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
};

/**
 * The choices for a new session. Nothing is stored until "Start": then the running session ends
 * (its baseline) and the room gets the template's time boxes.
 */
export function StartSessionForm({
  workshop,
  isWorking,
  onCancel,
  onStart,
}: {
  workshop: Workshop;
  isWorking: boolean;
  onCancel: () => void;
  onStart: (choice: FollowUpChoice) => void;
}) {
  const id = useId();
  const [template, setTemplate] = useState<SessionTemplateId>('follow-up');
  const [label, setLabel] = useState(() => defaultSessionLabel(workshop, 'follow-up'));
  const [labelEdited, setLabelEdited] = useState(false);
  const [date, setDate] = useState(localDate);
  const [startTime, setStartTime] = useState(timeNow);
  const [present, setPresent] = useState<ReadonlySet<string>>(() => new Set(defaultPresent(workshop)));
  const [problem, setProblem] = useState<string | null>(null);
  const running = runningSession(workshop);

  const chooseTemplate = (next: SessionTemplateId) => {
    setTemplate(next);
    if (!labelEdited) setLabel(defaultSessionLabel(workshop, next));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setProblem('Give the session’s date.');
    if (startTime !== '' && !TimeOfDaySchema.safeParse(startTime).success) return setProblem('The start time must be a time such as 09:30.');
    setProblem(null);
    onStart({
      template,
      label: label.trim() || defaultSessionLabel(workshop, template),
      date,
      startTime: startTime === '' ? null : startTime,
      presentParticipantIds: workshop.participants.filter((participant) => present.has(participant.id)).map((participant) => participant.id),
    });
  }

  return (
    <form onSubmit={submit} aria-busy={isWorking}>
      {running && (
        <p className="muted">
          Starting ends <strong>{running.label}</strong> first: its baseline is kept and its readiness joins the trend.
        </p>
      )}
      <fieldset className="export-options" disabled={isWorking}>
        <legend>Agenda</legend>
        {SESSION_TEMPLATE_IDS.map((templateId, index) => {
          const option = SESSION_AGENDA_TEMPLATES[templateId];
          return (
            <label key={templateId}>
              <input
                type="radio"
                name={`${id}-template`}
                checked={template === templateId}
                onChange={() => chooseTemplate(templateId)}
                data-autofocus={index === 0 ? true : undefined}
              />
              {option.title} ({agendaTotalMinutes(option.blocks)} min): {option.description}
            </label>
          );
        })}
      </fieldset>
      <div className="session-form-row">
        <div className="field">
          <label htmlFor={`${id}-label`}>Label</label>
          <input
            id={`${id}-label`}
            value={label}
            maxLength={200}
            disabled={isWorking}
            onChange={(event) => {
              setLabel(event.target.value);
              setLabelEdited(true);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input id={`${id}-date`} type="date" value={date} required disabled={isWorking} onChange={(event) => setDate(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>Start time</label>
          <input id={`${id}-time`} type="time" value={startTime} disabled={isWorking} onChange={(event) => setStartTime(event.target.value)} />
        </div>
      </div>
      <fieldset className="export-options session-present" disabled={isWorking}>
        <legend>Present</legend>
        {workshop.participants.length === 0 && <p className="muted">No participants are listed yet.</p>}
        {workshop.participants.map((participant, index) => (
          <label key={participant.id}>
            <input
              type="checkbox"
              checked={present.has(participant.id)}
              onChange={(event) =>
                setPresent((before) => {
                  const next = new Set(before);
                  if (event.target.checked) next.add(participant.id);
                  else next.delete(participant.id);
                  return next;
                })
              }
            />
            {participant.name.trim() || `Participant ${index + 1}`}
          </label>
        ))}
      </fieldset>
      {problem && (
        <p role="alert" className="export-problem">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} disabled={isWorking}>
          Back
        </button>
        <button type="submit" className="button primary" disabled={isWorking}>
          {isWorking ? 'Starting…' : 'Start session'}
        </button>
      </div>
    </form>
  );
}
