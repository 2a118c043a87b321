import { AddButton } from '../../../ui/AddButton';
import { RemoveButton } from '../../../ui/RemoveButton';
import { LIMITS } from '../../../../../shared/domain/limits';
import { TEAM_IDS, TEAM_LABELS, type TeamId } from '../../../../../shared/method/teams';
import { newId } from '../../../db/ids';
import { AutosaveField } from '../../../editing/AutosaveField';
import { CheckField } from '../../../editing/CheckField';
import { ChoiceField } from '../../../editing/ChoiceField';
import { fieldAttribute, requestFieldFocus } from '../../../editing/field-focus';
import type { StageProps } from '../stage-props';

const TEAM_OPTIONS = TEAM_IDS.map((id) => ({ value: id, label: TEAM_LABELS[id] }));

export function SetupStage({ workshop, edit }: StageProps) {
  const field = (path: readonly string[]) => ({ workshopId: workshop.id, path });

  const addParticipant = () => {
    const id = newId();
    // The new row's name field takes the focus, so a facilitator can type name, Tab, role, Tab…
    requestFieldFocus(['participants', { id }, 'name']);
    return edit((draft) => {
      draft.participants.push({ id, name: '', role: '', team: 'operations', present: true });
    });
  };

  return (
    <>
      <section className="card" aria-labelledby="setup-details">
        <h2 id="setup-details">The workshop</h2>
        <div className="field-grid">
          <AutosaveField {...field(['meta', 'title'])} value={workshop.meta.title} label="Workshop title" required />
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
        {workshop.participants.length === 0 ? (
          <p className="empty-note" {...fieldAttribute(['participants'])} tabIndex={-1}>
            No participants yet. Add everyone present — and make sure someone who will run it day to day is among them.
          </p>
        ) : (
          <table className="edit-table" {...fieldAttribute(['participants'])} tabIndex={-1}>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Team</th>
                <th scope="col">Present</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {workshop.participants.map((participant, index) => {
                const who = participant.name || `participant ${index + 1}`;
                const path = ['participants', { id: participant.id }] as const;
                return (
                  <tr key={participant.id}>
                    <td>
                      <AutosaveField workshopId={workshop.id} path={[...path, 'name']} value={participant.name} label={`Name of ${who}`} hideLabel />
                    </td>
                    <td>
                      <AutosaveField workshopId={workshop.id} path={[...path, 'role']} value={participant.role} label={`Role of ${who}`} hideLabel />
                    </td>
                    <td>
                      <ChoiceField<TeamId>
                        path={[...path, 'team']}
                        label={`Team of ${who}`}
                        hideLabel
                        value={participant.team}
                        options={TEAM_OPTIONS}
                        onChange={(team) =>
                          edit((draft) => {
                            const target = draft.participants.find((p) => p.id === participant.id);
                            if (target) target.team = team;
                          })
                        }
                      />
                    </td>
                    <td>
                      <CheckField
                        path={[...path, 'present']}
                        label={<span className="visually-hidden">{`${who} is present`}</span>}
                        checked={participant.present}
                        onChange={(present) =>
                          edit((draft) => {
                            const target = draft.participants.find((p) => p.id === participant.id);
                            if (target) target.present = present;
                          })
                        }
                      />
                    </td>
                    <td>
                      <RemoveButton label={`Remove ${who}`} onClick={() =>
                          edit((draft) => {
                            draft.participants = draft.participants.filter((p) => p.id !== participant.id);
                          })} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <AddButton onClick={() => void addParticipant()} disabled={workshop.participants.length >= LIMITS.participants}>Add participant</AddButton>
      </section>
    </>
  );
}

function describeTeams(teams: readonly TeamId[]): string {
  if (teams.length === 0) return 'Nobody listed yet.';
  const counts = TEAM_IDS.filter((id) => teams.includes(id)).map(
    (id) => `${teams.filter((team) => team === id).length} ${TEAM_LABELS[id]}`,
  );
  return `${teams.length} people: ${counts.join(', ')}.`;
}
