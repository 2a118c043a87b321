import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EndfirstDatabase } from '../../../renderer/src/db/database';
import type { TeamSyncHandle } from '../../../renderer/src/features/team/team-sync';
import { runTeamSync, useTeamSyncRunner } from '../../../renderer/src/features/team/team-sync-runner';

/** The Web Locks API's exclusive lock, as far as runTeamSync uses it: ifAvailable, a queue, an abort signal. */
class FakeLocks {
  private holder: Promise<unknown> | null = null;
  private readonly waiting: (() => void)[] = [];

  async request(_name: string, options: { ifAvailable?: boolean; signal?: AbortSignal }, callback: (lock: object | null) => unknown): Promise<unknown> {
    if (this.holder && options.ifAvailable) return callback(null);
    if (this.holder) {
      await new Promise<void>((resolve, reject) => {
        this.waiting.push(resolve);
        options.signal?.addEventListener('abort', () => {
          this.waiting.splice(this.waiting.indexOf(resolve), 1);
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    }
    const held = Promise.resolve(callback({}));
    this.holder = held;
    await held;
    this.holder = null;
    this.waiting.shift()?.();
    return undefined;
  }
}

const db = {} as EndfirstDatabase;
/** Lets the promise chains already queued run (one macrotask): for "nothing happened", which has no state to wait for. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function fakeStart() {
  const handles: (TeamSyncHandle & { stops: number })[] = [];
  const start = vi.fn(async () => {
    const handle = Object.assign(() => void (handle.stops += 1), { settled: () => Promise.resolve(), reconnectNow: () => {}, stops: 0 });
    handles.push(handle);
    return handle;
  });
  return { start, handles };
}

afterEach(() => {
  vi.unstubAllGlobals();
  useTeamSyncRunner.setState({ isSyncingElsewhere: false });
});

describe('one window syncs at a time', () => {
  it('without the Web Locks API, syncs at once and stops once', async () => {
    vi.stubGlobal('navigator', {});
    const { start, handles } = fakeStart();
    const stop = runTeamSync(db, 'ws://team.example', start);
    await settle();
    expect(start).toHaveBeenCalledWith(db, 'ws://team.example');
    stop();
    stop();
    expect(handles.map((handle) => handle.stops)).toEqual([1]);
  });

  it('stops a sync that finishes starting after the window let go', async () => {
    vi.stubGlobal('navigator', {});
    const { start, handles } = fakeStart();
    const stop = runTeamSync(db, 'ws://team.example', start);
    stop();
    await settle();
    expect(handles.map((handle) => handle.stops)).toEqual([1]);
  });

  it('a second window waits, says so, and takes over when the first one stops', async () => {
    vi.stubGlobal('navigator', { locks: new FakeLocks() });
    const first = fakeStart();
    const second = fakeStart();
    const stopFirst = runTeamSync(db, 'ws://team.example', first.start);
    await settle();
    const stopSecond = runTeamSync(db, 'ws://team.example', second.start);
    await settle();
    expect(second.start).not.toHaveBeenCalled();
    expect(useTeamSyncRunner.getState().isSyncingElsewhere).toBe(true);

    stopFirst();
    await vi.waitFor(() => expect(second.start).toHaveBeenCalledTimes(1));
    expect(useTeamSyncRunner.getState().isSyncingElsewhere).toBe(false);
    expect(first.handles.map((handle) => handle.stops)).toEqual([1]);
    stopSecond();
    expect(second.handles.map((handle) => handle.stops)).toEqual([1]);
  });

  it('a waiting window that closes never starts', async () => {
    vi.stubGlobal('navigator', { locks: new FakeLocks() });
    const first = fakeStart();
    const second = fakeStart();
    const stopFirst = runTeamSync(db, 'ws://team.example', first.start);
    await settle();
    runTeamSync(db, 'ws://team.example', second.start)();
    stopFirst();
    await settle();
    await settle();
    expect(second.start).not.toHaveBeenCalled();
  });
});
