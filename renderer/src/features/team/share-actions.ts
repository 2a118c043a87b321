import type { EndfirstDatabase } from '../../db/database';
import { showToast } from '../../ui/toasts';
import { sharePlan, stopSharingPlan } from './plan-sharing';
import { openTeamServerDialog } from './team-server-dialog-store';
import { useTeamSyncRunner } from './team-sync-runner';

/** "Share with team" from the library, said in words; with no team server yet, how to set one. */
export async function shareWithTeam(db: EndfirstDatabase, workshopId: string, title: string): Promise<void> {
  await sharePlan(db, workshopId);
  const address = useTeamSyncRunner.getState().address ?? null;
  if (address === null) {
    showToast({
      message: `“${title}” is marked as shared. No team server is set yet: it syncs once you enter your team’s server.`,
      tone: 'info',
      action: { label: 'Set up…', run: openTeamServerDialog },
    });
    return;
  }
  showToast({ message: `Sharing “${title}” with the team through ${address}.`, tone: 'success' });
}

/** "Stop sharing": this laptop stops syncing the plan; its copy stays, and so does the team's. */
export async function stopSharing(db: EndfirstDatabase, workshopId: string, title: string): Promise<void> {
  await stopSharingPlan(db, workshopId);
  showToast({ message: `“${title}” is no longer shared from this laptop. Your copy stays here; the team keeps the copy it has.`, tone: 'info' });
}
