import { useEffect } from 'react';
import { getDatabase } from '../db/instance';
import type { HostApi } from '../host/HostApi';
import { runTeamSync, useTeamSyncRunner } from '../features/team/team-sync-runner';

/**
 * The team library's sync, for the main window only (the shell; the projector and print documents
 * never render it). Nothing connects until a facilitator has saved a team server address, and not
 * when the database could not be opened. Stops when the shell goes away.
 */
export function useTeamSync(host: HostApi, canUseStorage: boolean): void {
  useEffect(() => {
    let isCancelled = false;
    let stop: (() => void) | null = null;
    host.teamServer.get().then(
      (address) => {
        if (isCancelled) return;
        useTeamSyncRunner.setState({ address });
        if (address !== null && canUseStorage) stop = runTeamSync(getDatabase(), address);
      },
      (error: unknown) => {
        console.error('Team server address', error);
        if (!isCancelled) useTeamSyncRunner.setState({ address: null });
      },
    );
    return () => {
      isCancelled = true;
      stop?.();
    };
  }, [host, canUseStorage]);
}
