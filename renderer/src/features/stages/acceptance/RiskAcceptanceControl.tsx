import { useState } from 'react';
import type { PreMortemRisk } from '../../../../../shared/domain/end-state';
import { acceptanceState } from '../../../../../shared/readiness';
import { formatDay } from '../../../../../shared/text';
import { localDate } from '../../../db/ids';
import { fieldAttribute } from '../../../editing/field-focus';
import type { WorkshopEdit } from '../../../editing/useWorkshopEdit';
import { acceptRisk } from '../end-state/end-state-recipes';
import { AcceptDialog } from './AcceptDialog';
import './acceptance.css';

/**
 * A pre-mortem risk's acceptance in one line: "Accept…" when there is none, else who accepted it
 * until when (flagged once the date has passed), with a button to change or withdraw it. The button
 * is where "Go to…" lands for an expired or open-ended acceptance.
 */
export function RiskAcceptanceControl({ risk, index, edit }: { risk: PreMortemRisk; index: number; edit: WorkshopEdit }) {
  const [isOpen, setOpen] = useState(false);
  const today = localDate();
  const number = index + 1;
  const { acceptance } = risk;
  const state = acceptance === null ? null : acceptanceState(acceptance, today);
  const status =
    acceptance === null
      ? null
      : state === 'no-expiry'
        ? `Accepted by ${acceptance.acceptedBy.trim() || 'someone'}, no end date`
        : `Accepted by ${acceptance.acceptedBy.trim() || 'someone'} until ${formatDay(acceptance.until ?? '')}${state === 'expired' ? ', now expired' : ''}`;

  return (
    <div className="risk-acceptance">
      {status !== null && (
        <p className={state === 'live' ? 'acceptance-status' : 'acceptance-status lapsed'} data-testid={`acceptance-${number}`}>
          {status}
        </p>
      )}
      <button
        type="button"
        className="button small"
        aria-label={acceptance === null ? `Accept risk ${number}…` : `Change the acceptance of risk ${number}…`}
        aria-haspopup="dialog"
        {...fieldAttribute(['preMortemRisks', { id: risk.id }, 'acceptance', 'until'])}
        onClick={() => setOpen(true)}
      >
        {acceptance === null ? 'Accept…' : 'Change…'}
      </button>
      {isOpen && (
        <AcceptDialog
          title={`Accept risk ${number}`}
          subject={<p className="accept-quote">{risk.text.trim() || '(no description)'}</p>}
          current={acceptance}
          today={today}
          onSave={(accepted) => void edit(acceptRisk(risk.id, accepted))}
          onWithdraw={() => void edit(acceptRisk(risk.id, null))}
          onClose={() => setOpen(false)}
        />
      )}
    </div>
  );
}
