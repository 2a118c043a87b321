import { useState } from 'react';
import type { AcceptedFinding } from '../../../../../shared/domain/ai-risk';
import type { AcceptedFindingReport, Finding } from '../../../../../shared/readiness';
import { lapsedAcceptanceNote } from '../../../../../shared/readiness';
import { newId } from '../../../db/ids';
import type { WorkshopEdit } from '../../../editing/useWorkshopEdit';
import { acceptFinding, withdrawFindingAcceptance } from '../review/review-recipes';
import { AcceptDialog } from './AcceptDialog';
import './acceptance.css';

/** "Accept…" next to a warning's "Go to…": carry it for a while instead of fixing it now. */
export function AcceptFindingButton({
  finding,
  name,
  current,
  today,
  edit,
}: {
  finding: Finding;
  /** The finding's title, told apart from others with the same title. */
  name: string;
  current: AcceptedFinding | null;
  today: string;
  edit: WorkshopEdit;
}) {
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button small"
        aria-haspopup="dialog"
        aria-label={`${current === null ? 'Accept' : 'Accept again'}: ${name}…`}
        onClick={() => setOpen(true)}
      >
        {current === null ? 'Accept…' : 'Accept again…'}
      </button>
      {isOpen && (
        <FindingDialog finding={finding} current={current} today={today} edit={edit} onClose={() => setOpen(false)} />
      )}
    </>
  );
}

function FindingDialog({
  finding,
  current,
  today,
  edit,
  onClose,
}: {
  finding: Finding;
  current: AcceptedFinding | null;
  today: string;
  edit: WorkshopEdit;
  onClose: () => void;
}) {
  return (
    <AcceptDialog
      title="Accept this warning"
      subject={
        <>
          <p className="accept-quote">
            <strong>{finding.title}</strong>
          </p>
          <p className="muted">{finding.message}</p>
        </>
      }
      current={current}
      today={today}
      onSave={(acceptance) =>
        void edit(acceptFinding({ id: current?.id ?? newId(), findingKey: finding.key, ...acceptance }))
      }
      onWithdraw={() => void edit(withdrawFindingAcceptance(finding.key))}
      onClose={onClose}
    />
  );
}

/** The warnings accepted until a date still to come: listed so nobody forgets them, not counted. */
export function AcceptedFindings({ accepted, today, edit }: { accepted: readonly AcceptedFindingReport[]; today: string; edit: WorkshopEdit }) {
  if (accepted.length === 0) return null;
  return (
    <section className="finding-group accepted" aria-labelledby="findings-accepted">
      <h3 id="findings-accepted">
        Accepted <span className="finding-count">({accepted.length})</span>
      </h3>
      <p className="muted">Not counted until their end date; then they come back as warnings.</p>
      <ul className="finding-list">
        {accepted.map(({ finding, acceptance }) => (
          <AcceptedRow key={finding.key} finding={finding} acceptance={acceptance} today={today} edit={edit} />
        ))}
      </ul>
    </section>
  );
}

function AcceptedRow({ finding, acceptance, today, edit }: { finding: Finding; acceptance: AcceptedFinding; today: string; edit: WorkshopEdit }) {
  const [isOpen, setOpen] = useState(false);
  return (
    <li className="finding" data-finding={finding.key}>
      <div className="finding-text">
        <p className="finding-title">{finding.title}</p>
        <p className="finding-message">
          {lapsedAcceptanceNote(acceptance, today)} {acceptance.reason.trim() && <span className="muted">“{acceptance.reason.trim()}”</span>}
        </p>
      </div>
      <button type="button" className="button small" aria-haspopup="dialog" aria-label={`Change the acceptance: ${finding.title}…`} onClick={() => setOpen(true)}>
        Change…
      </button>
      {isOpen && <FindingDialog finding={finding} current={acceptance} today={today} edit={edit} onClose={() => setOpen(false)} />}
    </li>
  );
}
