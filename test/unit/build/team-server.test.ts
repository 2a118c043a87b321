import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { isTeamDocName as serverAccepts, startTeamServer, type RunningTeamServer } from '../../../build/team-server/start.mjs';
import { isTeamDocName } from '../../../shared/sync/team-index';

/** Passed on to the provider's socket (Node has no WebSocket of its own in Node 20). */
const IN_NODE = { WebSocketPolyfill: WebSocket } as object;
const PLAN = 'plan:7e000000-0000-4000-8000-000000000001';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function dataFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'endfirst-team-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function serve(dataDir: string, options: { maxMessageBytes?: number } = {}): Promise<RunningTeamServer> {
  const running = await startTeamServer({ port: 0, dataDir, debounceMs: 20, ...options });
  cleanups.push(() => running.stop());
  return running;
}

/** A bare provider that resolves once its first sync with the server is done. */
function connect(url: string, name: string, doc = new Y.Doc()): Promise<HocuspocusProvider> {
  return new Promise((resolve) => {
    const provider: HocuspocusProvider = new HocuspocusProvider({
      url,
      name,
      document: doc,
      ...IN_NODE,
      onSynced: () => resolve(provider),
    });
    cleanups.push(async () => provider.destroy());
  });
}

const settled = (provider: HocuspocusProvider) =>
  new Promise<void>((resolve) => {
    if (!provider.hasUnsyncedChanges) return resolve();
    provider.on('unsyncedChanges', ({ number }: { number: number }) => number === 0 && resolve());
  });

describe('the team server', () => {
  it('keeps a document in its data folder across a restart', async () => {
    const dataDir = await dataFolder();
    const first = await serve(dataDir);
    const writer = await connect(first.url, PLAN);
    writer.document.getText('t').insert(0, 'kept');
    await settled(writer);
    writer.destroy();
    await first.stop();
    expect((await readdir(dataDir)).filter((file) => !file.endsWith('.tmp'))).toEqual(['plan-7e000000-0000-4000-8000-000000000001.ydoc']);

    const second = await serve(dataDir);
    const reader = await connect(second.url, PLAN);
    expect(reader.document.getText('t').toString()).toBe('kept');
  });

  it('refuses a document name that is not the index or a plan', async () => {
    const dataDir = await dataFolder();
    const running = await serve(dataDir);
    const reason = await new Promise<string>((resolve) => {
      const provider = new HocuspocusProvider({
        url: running.url,
        name: 'secrets',
        ...IN_NODE,
        onAuthenticationFailed: ({ reason: why }) => resolve(why),
        onClose: () => resolve('closed'),
      });
      cleanups.push(async () => provider.destroy());
    });
    expect(reason).toBe('permission-denied');
    await running.stop();
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('closes a connection that sends a message over the size limit', async () => {
    const running = await serve(await dataFolder(), { maxMessageBytes: 1024 });
    const code = await new Promise<number>((resolve) => {
      const socket = new WebSocket(running.url);
      socket.on('open', () => socket.send(new Uint8Array(4096)));
      socket.on('close', (closeCode) => resolve(closeCode));
    });
    expect(code).toBe(1009);
  });

  it.each(['team-index', PLAN, 'plan:x', 'team-index ', `${PLAN}x`, ''])('agrees with the app on the name %j', (name) => {
    expect(serverAccepts(name)).toBe(isTeamDocName(name));
  });
});
