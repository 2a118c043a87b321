import 'fake-indexeddb/auto';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { saveWorkshop } from '../../../renderer/src/db/write';
import { useTeamConnection } from '../../../renderer/src/features/team/team-connection-store';
import { sharePlan } from '../../../renderer/src/features/team/plan-sharing';
import { startTeamSync } from '../../../renderer/src/features/team/team-sync';
import { SAMPLE_WORKSHOP } from '../../../shared/method/sample-workshop';
import { dump, freshDatabase } from './db-helpers';
import { cleanUp, cleanups, dataFolder, eventually, laptop, teamServer } from './team-sync-helpers';

afterEach(cleanUp);

/** A port nobody listens on: taken from the system, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Takes WebSockets and answers with noise, or never answers: some other service, not a team server. */
async function notATeamServer(noise: string | null): Promise<string> {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  wss.on('connection', (socket) => {
    if (noise !== null) socket.send(noise);
  });
  cleanups.push(() => new Promise<void>((resolve) => {
    for (const client of wss.clients) client.terminate();
    wss.close(() => resolve());
  }));
  return `ws://127.0.0.1:${(wss.address() as { port: number }).port}`;
}

async function laptopWithSharedPlan(url: string, answerTimeoutMs = 10_000) {
  const { db } = freshDatabase(`connection-${Math.random()}`);
  await saveWorkshop(db, SAMPLE_WORKSHOP);
  await sharePlan(db, SAMPLE_WORKSHOP.id);
  const before = await dump(db);
  const stop = startTeamSync(db, url, { WebSocketPolyfill: (await import('ws')).default, answerTimeoutMs, reconnectDelayMs: 50, reconnectMaxDelayMs: 250 });
  cleanups.push(() => {
    stop();
    db.close();
  });
  return { db, before, stop };
}

describe('the connection, in words', () => {
  it('is online with a team server, and off once stopped (stopping twice is harmless)', async () => {
    const server = await teamServer(await dataFolder());
    const { db, stop } = await laptopWithSharedPlan(server.url);
    await eventually(() => expect(useTeamConnection.getState().connection).toBe('online'));
    await eventually(async () => expect((await db.sharedPlans.get(SAMPLE_WORKSHOP.id))?.lastSyncedAt).toEqual(expect.any(String)));
    expect(useTeamConnection.getState().pendingWorkshopIds.size).toBe(0);
    stop();
    stop();
    expect(useTeamConnection.getState()).toMatchObject({ connection: 'off', problem: null });
  });

  it('says it cannot reach a server that is not there, and changes nothing stored', async () => {
    const url = `ws://127.0.0.1:${await closedPort()}`;
    const { db, before } = await laptopWithSharedPlan(url);
    await eventually(() => expect(useTeamConnection.getState()).toMatchObject({
      connection: 'offline',
      problem: `Cannot reach the team server at ${url}. Your plans stay on this laptop and sync when it answers.`,
    }));
    expect(await dump(db)).toBe(before);
  });

  it.each([
    ['answers with noise', 'hello, I am something else'],
    ['never answers', null],
  ])('says a server that %s did not answer as a team server, and changes nothing stored', async (_how, noise) => {
    const url = await notATeamServer(noise);
    const { db, before } = await laptopWithSharedPlan(url, 300);
    await eventually(() => expect(useTeamConnection.getState()).toMatchObject({
      connection: 'refused',
      problem: `The team server at ${url} did not answer as a team server. Check the address with whoever runs it.`,
    }));
    expect(await dump(db)).toBe(before);
  });

  it('refuses an address it cannot use without connecting anywhere', () => {
    const { db } = freshDatabase('connection-bad-address');
    const stop = startTeamSync(db, 'ftp://team.example.org');
    expect(useTeamConnection.getState()).toMatchObject({ connection: 'refused', problem: expect.stringMatching(/^The team server address cannot be used: /) });
    stop();
  });

  it('keeps a laptop with no shared plan out of the team’s plans until it shares one', async () => {
    const server = await teamServer(await dataFolder());
    const quiet = laptop(server.url);
    await eventually(() => expect(useTeamConnection.getState().connection).toBe('online'));
    await quiet.sync.settled();
    expect(await quiet.db.workshops.count()).toBe(0);
    expect(await quiet.db.teamPlans.count()).toBe(0);
  });
});
