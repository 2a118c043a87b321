import { create } from 'zustand';
import type { EndfirstDatabase } from '../../db/database';
import type { startTeamSync, TeamSyncHandle } from './team-sync';

export interface TeamSyncRunnerState {
  /** The saved team server address: undefined until the host has said, null when none is set. */
  readonly address: string | null | undefined;
  /** Another Endfirst window on this computer holds the sync (only one may, see runTeamSync). */
  readonly isSyncingElsewhere: boolean;
}

export const useTeamSyncRunner = create<TeamSyncRunnerState>(() => ({ address: undefined, isSyncingElsewhere: false }));

/** One name for every window of the app's origin: the Web Locks API lets exactly one hold it. */
const SYNC_LOCK = 'endfirst-team-sync';

let running: TeamSyncHandle | null = null;

type StartSync = (...args: Parameters<typeof startTeamSync>) => Promise<TeamSyncHandle>;

/** The sync runtime (Yjs, Hocuspocus) loads only once a team server is set: most starts never need it. */
const loadAndStart: StartSync = async (db, url, deps) => (await import('./team-sync')).startTeamSync(db, url, deps);

/** "Try again now" in the team server dialog. */
export function reconnectTeamServerNow(): void {
  running?.reconnectNow();
}

/**
 * Runs the team sync in this window until the returned stop is called, but only while this window
 * holds the sync lock. Two windows syncing the same database would each turn one local edit into a
 * document change of its own, and the server would merge both: typed words would arrive twice.
 * A second window waits, says so, and takes over when the first one closes.
 */
export function runTeamSync(db: EndfirstDatabase, url: string, start: StartSync = loadAndStart): () => void {
  let isStopped = false;
  let release = null as (() => void) | null;
  const abort = new AbortController();

  const holdWhileRunning = () =>
    new Promise<void>((resolve) => {
      if (isStopped) {
        resolve();
        return;
      }
      useTeamSyncRunner.setState({ isSyncingElsewhere: false });
      let handle: TeamSyncHandle | null = null;
      release = () => {
        handle?.();
        if (running === handle) running = null;
        resolve();
      };
      void start(db, url).then(
        (started) => {
          if (isStopped) {
            started();
            return;
          }
          handle = started;
          running = started;
        },
        (error: unknown) => {
          console.error('Team sync could not start', error);
          resolve();
        },
      );
    });

  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) {
    void holdWhileRunning();
  } else {
    void locks
      .request(SYNC_LOCK, { ifAvailable: true }, (lock) => {
        if (lock) return holdWhileRunning();
        if (!isStopped) useTeamSyncRunner.setState({ isSyncingElsewhere: true });
        void locks.request(SYNC_LOCK, { signal: abort.signal }, holdWhileRunning).catch(() => undefined);
        return undefined;
      })
      .catch(() => undefined);
  }

  return () => {
    if (isStopped) return;
    isStopped = true;
    abort.abort();
    release?.();
    useTeamSyncRunner.setState({ isSyncingElsewhere: false });
  };
}
