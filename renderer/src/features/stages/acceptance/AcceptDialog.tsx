import { useId, useRef, useState, type ReactNode } from 'react';
import type { RiskAcceptance } from '../../../../../shared/domain/ai-risk';
import { LIMITS } from '../../../../../shared/domain/limits';
import { type AcceptanceProblems, checkAcceptance } from '../../../../../shared/readiness';
import { Modal } from '../../../ui/Modal';

interface AcceptDialogProps {
  /** "Accept risk 6", "Accept this warning". */
  readonly title: string;
  /** What is being accepted, in the room's words. */
  readonly subject: ReactNode;
  /** The acceptance being changed, or null for a new one. */
  readonly current: RiskAcceptance | null;
  /** YYYY-MM-DD where the facilitator is: the acceptance starts today and may not end before it. */
  readonly today: string;
  readonly onSave: (acceptance: RiskAcceptance) => void;
  /** Offered when there is an acceptance to withdraw. */
  readonly onWithdraw?: () => void;
  readonly onClose: () => void;
}

/**
 * Accepting a risk or a warning instead of fixing it: who accepts it, why, and until when. Saved
 * as one edit (one undo step) only when all three are given; until then the problems are shown
 * next to the fields and nothing is stored.
 */
export function AcceptDialog({ title, subject, current, today, onSave, onWithdraw, onClose }: AcceptDialogProps) {
  const id = useId();
  const [acceptedBy, setAcceptedBy] = useState(current?.acceptedBy ?? '');
  const [reason, setReason] = useState(current?.reason ?? '');
  const [until, setUntil] = useState(current?.until ?? '');
  const [problems, setProblems] = useState<AcceptanceProblems>({});
  const dialogRef = useRef<HTMLDialogElement>(null);
  // Closing the native dialog gives the focus back to the button that opened it; onClose follows.
  const close = () => dialogRef.current?.close();

  const save = () => {
    const result = checkAcceptance({ acceptedBy, reason, until }, today);
    if (!result.ok) {
      setProblems(result.problems);
      const first = (['acceptedBy', 'reason', 'until'] as const).find((key) => result.problems[key] !== undefined);
      if (first !== undefined) document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    onSave(
      current?.acceptedOn && current.acceptedBy === result.acceptance.acceptedBy
        ? { ...result.acceptance, acceptedOn: current.acceptedOn }
        : result.acceptance,
    );
    close();
  };

  const problem = (key: keyof AcceptanceProblems) =>
    problems[key] === undefined ? null : (
      <p id={`${id}-${key}-problem`} className="field-problem" role="alert">
        {problems[key]}
      </p>
    );
  const invalid = (key: keyof AcceptanceProblems) =>
    problems[key] === undefined ? {} : { 'aria-invalid': true, 'aria-describedby': `${id}-${key}-problem` };

  return (
    <Modal titleId={`${id}-title`} descriptionId={`${id}-subject`} onClose={onClose} dialogRef={dialogRef} className="accept-dialog">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <div id={`${id}-subject`} className="accept-subject">
          {subject}
        </div>
        <p className="muted">It stops counting against the plan until the end date, then comes back as a warning.</p>
        <div className="field">
          <label htmlFor={`${id}-acceptedBy`}>Accepted by</label>
          <input
            id={`${id}-acceptedBy`}
            data-autofocus
            value={acceptedBy}
            maxLength={LIMITS.shortText}
            placeholder="The person accountable, e.g. the sponsor"
            onChange={(event) => setAcceptedBy(event.target.value)}
            {...invalid('acceptedBy')}
          />
          {problem('acceptedBy')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-reason`}>Why it is accepted</label>
          <textarea
            id={`${id}-reason`}
            value={reason}
            rows={2}
            maxLength={LIMITS.longText}
            onChange={(event) => setReason(event.target.value)}
            {...invalid('reason')}
          />
          {problem('reason')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-until`}>Accepted until</label>
          <input
            id={`${id}-until`}
            type="date"
            min={today}
            value={until}
            onChange={(event) => setUntil(event.target.value)}
            {...invalid('until')}
          />
          {problem('until')}
        </div>
        <div className="dialog-actions">
          {onWithdraw && current !== null && (
            <button
              type="button"
              className="button"
              onClick={() => {
                onWithdraw();
                close();
              }}
            >
              Withdraw acceptance
            </button>
          )}
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Accept
          </button>
        </div>
      </form>
    </Modal>
  );
}
