import './team.css';
import { Users } from 'lucide-react';
import { connectionBadge } from './sync-words';
import { useTeamConnection } from './team-connection-store';
import { openTeamServerDialog } from './team-server-dialog-store';
import { useTeamSyncRunner } from './team-sync-runner';

/** The header's way to the team server setting, with the connection at a glance once one is set. */
export function TeamServerButton() {
  const address = useTeamSyncRunner((state) => state.address) ?? null;
  const isSyncingElsewhere = useTeamSyncRunner((state) => state.isSyncingElsewhere);
  const connection = useTeamConnection((state) => state.connection);
  const badge = connectionBadge({ address, connection, problem: null, isSyncingElsewhere });
  return (
    <button type="button" className="button ghost" onClick={openTeamServerDialog}>
      <Users aria-hidden="true" size={18} />
      Team server
      {badge !== null && (
        <span className={`team-state-badge connection-${isSyncingElsewhere ? 'elsewhere' : connection}`}>
          <span className="visually-hidden">: </span>
          {badge}
        </span>
      )}
    </button>
  );
}
