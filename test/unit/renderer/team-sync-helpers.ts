import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import WebSocket from 'ws';
import { startTeamServer, type RunningTeamServer } from '../../../build/team-server/start.mjs';
import type { EndfirstDatabase } from '../../../renderer/src/db/database';
import { startTeamSync, type TeamSyncHandle } from '../../../renderer/src/features/team/team-sync';
import { freshDatabase } from './db-helpers';

/** Everything a test started, stopped in reverse order after it. */
export const cleanups: (() => Promise<void> | void)[] = [];
export async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
}

export async function dataFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'endfirst-team-sync-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A team server on a free port (or on `port` again, as after a restart), stopped after the test. */
export async function teamServer(dataDir: string, port = 0): Promise<RunningTeamServer> {
  const running = await startTeamServer({ port, dataDir, debounceMs: 20 });
  let stopped = false;
  const stop = running.stop;
  const handle = Object.assign(Object.create(running) as RunningTeamServer, {
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await stop();
    },
  });
  cleanups.push(() => handle.stop());
  return handle;
}

export interface Laptop {
  readonly db: EndfirstDatabase;
  readonly sync: TeamSyncHandle;
}

let laptopCount = 0;
/** One Endfirst with its own database, syncing with the server at `url`. */
export function laptop(url: string, extra: { answerTimeoutMs?: number } = {}): Laptop {
  laptopCount += 1;
  const { db } = freshDatabase(`team-sync-${laptopCount}`);
  const sync = startTeamSync(db, url, {
    WebSocketPolyfill: WebSocket,
    reconnectDelayMs: 50,
    reconnectMaxDelayMs: 250,
    answerTimeoutMs: extra.answerTimeoutMs ?? 10_000,
    onError: (error) => {
      throw error;
    },
  });
  cleanups.push(() => {
    sync();
    db.close();
  });
  return { db, sync };
}

/** Waits for a state, polling (never a fixed sleep); the limit only catches a hang. */
export const eventually = <T>(check: () => Promise<T> | T): Promise<T> => vi.waitFor(check, { timeout: 15_000, interval: 20 });
