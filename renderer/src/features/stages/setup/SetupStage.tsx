import { EditableTable, type EditableColumn } from '../../../ui/EditableTable';
import type { Participant } from '../../../../../shared/domain/participants';
import { LIMITS } from '../../../../../shared/domain/limits';
import { TEAM_IDS, TEAM_LABELS, type TeamId } from '../../../../../shared/method/teams';
import { newId } from '../../../db/ids';
import { AutosaveField } from '../../../editing/AutosaveField';
import { CheckField } from '../../../editing/CheckField';
import { ChoiceField } from '../../../editing/ChoiceField';
import type { WorkshopEdit } from '../../../editing/useWorkshopEdit';
import type { StageProps } from '../stage-props';
import { PhaseField } from './PhaseField';
import { addParticipant, removeParticipant, updateParticipant } from './setup-recipes';

const TEAM_OPTIONS = TEAM_IDS.map((id) => ({ value: id, label: TEAM_LABELS[id] }));

export function SetupStage({ workshop, edit }: StageProps) {
  const field = (path: readonly string[]) => ({ workshopId: workshop.id, path });

  return (
    <>
      <section className="card" aria-labelledby="setup-details">
        <h2 id="setup-details">The workshop</h2>
        <div className="field-grid">
          <AutosaveField {...field(['meta', 'title'])} value={workshop.meta.title} label="Workshop title" required />
          {/* Beside the title, so the tab order from facilitator to capability to the room stays unbroken. */}
          <PhaseField workshop={workshop} edit={edit} />
          <AutosaveField {...field(['meta', 'organisation'])} value={workshop.meta.organisation} label="Organisation" />
          <AutosaveField {...field(['meta', 'date'])} value={workshop.meta.date} label="Workshop date" type="date" />
          <AutosaveField {...field(['meta', 'facilitator'])} value={workshop.meta.facilitator} label="Facilitator" />
        </div>
        <AutosaveField
          {...field(['meta', 'capability'])}
          value={workshop.meta.capability}
          label="The AI capability, in one sentence"
          hint="What will run in production, for whom — e.g. “Route incoming supplier invoices to the right approver.”"
          multiline
          rows={2}
        />
      </section>

      <section className="card" aria-labelledby="setup-participants">
        <div className="card-head">
          <h2 id="setup-participants">Who is in the room</h2>
          <p className="muted">{describeTeams(workshop.participants.map((p) => p.team))}</p>
        </div>
        <EditableTable
          rows={workshop.participants}
          field={['participants']}
          empty="No participants yet. Add everyone present — and make sure someone who will run it day to day is among them."
          columns={participantColumns(workshop.id, edit)}
          rowName={participantName}
          onRemove={(participant) => edit(removeParticipant(participant.id))}
          add={{
            label: 'Add participant',
            onAdd: () => edit(addParticipant(newId())),
            disabled: workshop.participants.length >= LIMITS.participants,
          }}
        />
      </section>
    </>
  );
}

const participantName = (participant: Participant, index: number) => participant.name || `participant ${index + 1}`;

/** Name, Tab, role, Tab…: the new row's name field takes the focus, so the room is typed in quickly. */
function participantColumns(workshopId: string, edit: WorkshopEdit): EditableColumn<Participant>[] {
  const path = (participant: Participant, key: keyof Participant) => ['participants', { id: participant.id }, key] as const;
  return [
    {
      header: 'Name',
      render: (participant, index) => (
        <AutosaveField workshopId={workshopId} path={path(participant, 'name')} value={participant.name} label={`Name of ${participantName(participant, index)}`} hideLabel />
      ),
    },
    {
      header: 'Role',
      render: (participant, index) => (
        <AutosaveField workshopId={workshopId} path={path(participant, 'role')} value={participant.role} label={`Role of ${participantName(participant, index)}`} hideLabel />
      ),
    },
    {
      header: 'Team',
      render: (participant, index) => (
        <ChoiceField<TeamId>
          path={path(participant, 'team')}
          label={`Team of ${participantName(participant, index)}`}
          hideLabel
          value={participant.team}
          options={TEAM_OPTIONS}
          onChange={(team) => edit(updateParticipant(participant.id, { team }))}
        />
      ),
    },
    {
      header: 'Present',
      render: (participant, index) => (
        <CheckField
          path={path(participant, 'present')}
          label={<span className="visually-hidden">{`${participantName(participant, index)} is present`}</span>}
          checked={participant.present}
          onChange={(present) => edit(updateParticipant(participant.id, { present }))}
        />
      ),
    },
  ];
}

function describeTeams(teams: readonly TeamId[]): string {
  if (teams.length === 0) return 'Nobody listed yet.';
  const counts = TEAM_IDS.filter((id) => teams.includes(id)).map(
    (id) => `${teams.filter((team) => team === id).length} ${TEAM_LABELS[id]}`,
  );
  return `${teams.length} people: ${counts.join(', ')}.`;
}
