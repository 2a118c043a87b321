import { AlertTriangle, CheckCircle2 } from 'lucide-react';
import { useState } from 'react';
import type { OperatingModel } from '../../../../../shared/domain/operating-model';
import { formatDay } from '../../../../../shared/text';
import { localDate } from '../../../db/ids';
import { AutosaveField } from '../../../editing/AutosaveField';
import { CheckField } from '../../../editing/CheckField';
import { ChoiceField } from '../../../editing/ChoiceField';
import type { StageProps } from '../stage-props';
import { NullableDateField } from '../../../editing/NullableDateField';
import {
  NO_OWNER,
  OWNER_ELSEWHERE,
  operatingModelWarnings,
  ownerDisplayName,
  ownerOptions,
  storedOwnerChoice,
} from './owner-choice';
import { assignOwner, confirmOwner } from './operating-model-recipes';
import { QualityGateCard } from './QualityGateCard';
import './operating-model.css';

type TextKey = { [K in keyof OperatingModel]: OperatingModel[K] extends string ? K : never }[keyof OperatingModel];

export function OperatingModelStage({ workshop, edit }: StageProps) {
  const { operatingModel: om, participants } = workshop;
  const field = (key: TextKey) => ({ workshopId: workshop.id, path: ['operatingModel', key] as const, value: om[key] });

  // "Someone not in the room" with no name typed yet is not in the stored model, so the select
  // remembers it here; once a name is stored, the stored model says so by itself.
  const stored = storedOwnerChoice(om, participants);
  const [isElsewhereChosen, setElsewhereChosen] = useState(stored === OWNER_ELSEWHERE);
  if (stored === OWNER_ELSEWHERE && !isElsewhereChosen) setElsewhereChosen(true);
  const choice = stored === NO_OWNER && isElsewhereChosen ? OWNER_ELSEWHERE : stored;
  const isElsewhere = choice === OWNER_ELSEWHERE;

  const chooseOwner = (next: string) => {
    setElsewhereChosen(next === OWNER_ELSEWHERE);
    void edit(assignOwner(next));
  };

  const ownerName = ownerDisplayName(om, participants);
  const warnings = operatingModelWarnings(om, participants);

  return (
    <>
      <section className="card owner-card" aria-labelledby="om-owner">
        <h2 id="om-owner">The operational owner</h2>
        <OwnerStatement name={ownerName} team={om.ownerTeam.trim()} confirmedOn={om.ownerConfirmed ? om.ownerConfirmedOn : null} isConfirmed={om.ownerConfirmed} />

        <div className="owner-grid">
          {/* With no name field on screen, "Name the operational owner" (readiness) lands on this select. */}
          <ChoiceField
            path={['operatingModel', isElsewhere ? 'ownerParticipantId' : 'ownerName']}
            label="Operational owner"
            value={choice}
            options={ownerOptions(participants)}
            onChange={chooseOwner}
          />
          {isElsewhere && (
            <AutosaveField {...field('ownerName')} label="Owner’s name" placeholder="Name them, even if they are not here today" />
          )}
          <AutosaveField {...field('ownerTeam')} label="Owner’s team" placeholder="Their real team, e.g. Accounts Payable Operations" />
        </div>

        <div className="owner-confirm">
          <CheckField
            path={['operatingModel', 'ownerConfirmed']}
            label="Owner confirmed: they have said yes to running it"
            checked={om.ownerConfirmed}
            onChange={(confirmed) =>
              void edit(confirmOwner(confirmed, localDate()))
            }
          />
          {om.ownerConfirmed && (
            <NullableDateField
              workshopId={workshop.id}
              path={['operatingModel', 'ownerConfirmedOn']}
              value={om.ownerConfirmedOn}
              label="Confirmed on"
            />
          )}
        </div>
        <p className="muted owner-note">Choosing a different owner clears the confirmation: the new owner has to say yes.</p>

        <div role="status" className="om-warnings">
          {warnings.map((warning) => (
            <p key={warning} className="om-warning">
              <AlertTriangle aria-hidden="true" size={20} />
              <span>{warning}</span>
            </p>
          ))}
        </div>
      </section>

      <section className="card" aria-labelledby="om-day-to-day">
        <h2 id="om-day-to-day">Day to day</h2>
        <div className="om-grid">
          <AutosaveField {...field('operators')} label="Who operates it day to day" hint="The people who watch it and handle its exceptions." multiline rows={3} />
          <AutosaveField {...field('supportHours')} label="Support hours" hint="When someone is there to help, month-end included." multiline rows={3} />
          <AutosaveField {...field('serviceLevels')} label="Service levels" hint="How fast it is restored or answered, by severity." multiline rows={3} />
          <AutosaveField
            {...field('changeApprover')}
            label="Who approves changes to the model or prompts"
            hint="And what must be checked before they say yes."
            multiline
            rows={3}
          />
        </div>
      </section>

      <section className="card" aria-labelledby="om-bad-night">
        <h2 id="om-bad-night">A bad night</h2>
        <div className="om-grid">
          <AutosaveField {...field('onCall')} label="Who gets the call at 2am" hint="A name or a rota, and what they can do without model knowledge." multiline rows={3} />
          <AutosaveField {...field('escalationPath')} label="Escalation path" hint="Who they call next, in order." multiline rows={3} />
          <AutosaveField {...field('downtimeFallback')} label="What users do when it is down" hint="The manual route, so work still gets done." multiline rows={3} />
        </div>
      </section>

      <QualityGateCard workshop={workshop} />
    </>
  );
}

/** The answer to "When this works, who runs it?", in large type for the room. */
function OwnerStatement({
  name,
  team,
  isConfirmed,
  confirmedOn,
}: {
  name: string | null;
  team: string;
  isConfirmed: boolean;
  confirmedOn: string | null;
}) {
  if (name === null) {
    return <p className="owner-statement empty">Nobody is named to run it yet.</p>;
  }
  return (
    <div className="owner-statement-block">
      <p className="owner-statement">
        <strong>{name}</strong> runs it.
      </p>
      <p className="owner-facts">
        <span className={team === '' ? 'owner-team missing' : 'owner-team'}>{team === '' ? 'Team not named yet' : team}</span>
        {isConfirmed ? (
          <span className="owner-status confirmed">
            <CheckCircle2 aria-hidden="true" size={20} />
            {confirmedOn ? `Confirmed on ${formatDay(confirmedOn)}` : 'Confirmed, date not recorded'}
          </span>
        ) : (
          <span className="owner-status pending">Not confirmed yet</span>
        )}
      </p>
    </div>
  );
}
