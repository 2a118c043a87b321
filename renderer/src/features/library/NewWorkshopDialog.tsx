import { useId, useRef, useState, type FormEvent } from 'react';
import { LIMITS } from '../../../../shared/domain/limits';
import type { TemplateId } from '../../../../shared/method/agenda-templates';
import { describeStorageError } from '../../editing/storage-errors';
import { Modal } from '../../ui/Modal';
import { TEMPLATE_CHOICES } from './template-choice';

interface NewWorkshopDialogProps {
  readonly onCreate: (input: { title: string; template: TemplateId }) => Promise<void>;
  readonly onClose: () => void;
}

export function NewWorkshopDialog({ onCreate, onClose }: NewWorkshopDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<TemplateId>('full');
  const [isCreating, setCreating] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const hasTitle = title.trim() !== '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!hasTitle || isCreating) return;
    setCreating(true);
    try {
      await onCreate({ title: title.trim(), template });
    } catch (error) {
      setProblem(`The workshop could not be created. ${describeStorageError(error)}`);
      setCreating(false);
    }
  }

  return (
    <Modal titleId={`${id}-title`} onClose={onClose} dialogRef={dialogRef} className="new-workshop-dialog">
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>New workshop</h2>
        <div className="field">
          <label htmlFor={`${id}-name`}>Title</label>
          <input
            id={`${id}-name`}
            className="lib-text-input"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            maxLength={LIMITS.shortText}
            required
            data-autofocus
            autoComplete="off"
            placeholder="e.g. Invoice triage assistant"
          />
        </div>
        <fieldset className="template-choices">
          <legend>Agenda</legend>
          {TEMPLATE_CHOICES.map((choice) => (
            <label key={choice.id} className="template-choice">
              <input
                type="radio"
                name={`${id}-template`}
                value={choice.id}
                checked={template === choice.id}
                onChange={() => setTemplate(choice.id)}
                aria-describedby={`${id}-${choice.id}-description`}
              />
              <span className="template-choice-text">
                <span className="template-choice-title">
                  {choice.title} <span className="template-choice-duration">· {choice.duration}</span>
                </span>
                <span id={`${id}-${choice.id}-description`} className="muted">
                  {choice.description}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        {problem && (
          <p role="alert" className="lib-form-problem">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={!hasTitle || isCreating}>
            Create workshop
          </button>
        </div>
      </form>
    </Modal>
  );
}
