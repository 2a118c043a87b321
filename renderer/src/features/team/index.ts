/** The team library as other features see it (the shell imports its screens and the sync runner directly). */
export { shareWithTeam, stopSharing } from './share-actions';
export { SyncNotices } from './SyncNotices';
export { planSyncLabel } from './sync-words';
export { useTeamConnection } from './team-connection-store';
export { useTeamSyncRunner } from './team-sync-runner';
