import 'fake-indexeddb/auto';
import { test } from '@playwright/test';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { liveQuery } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startTeamServer, type RunningTeamServer } from '../../build/team-server/start.mjs';
import { EndfirstDatabase } from '../../renderer/src/db/database';
import { saveWorkshop, putWithSummary } from '../../renderer/src/db/write';
import { sharePlan } from '../../renderer/src/features/team/plan-sharing';
import { startTeamSync, type TeamSyncHandle } from '../../renderer/src/features/team/team-sync';
import type { Workshop } from '../../shared/domain/workshop';
import { planDocName } from '../../shared/sync/team-index';
import { generateBigWorkshop } from '../fixtures/generated/big-workshop';
import { median, percentile, ratio, writeFigure } from './figures';

/**
 * The team library's sync, in Node: the app's runtime (startTeamSync, Dexie on fake-indexeddb, the
 * gate, the write path) against the engine's floor (two bare HocuspocusProviders with no Endfirst
 * code), both through the same team server on a free port.
 * - full plan: the 100-page workshop shared from laptop A → a fresh laptop's database holds it;
 *   floor: a fresh bare provider receives the same document's bytes (synced).
 * - per edit: one keystroke committed on A (one character more in a risk's text, through the write
 *   path) → B's database holds it; floor: one Y.Text insert on one bare provider → the other has it.
 * BENCH_SYNC_ROUNDS (default 5) fresh laptops, and ten times as many edits.
 */
const ROUNDS = Number(process.env['BENCH_SYNC_ROUNDS'] ?? 5);
const IN_NODE = { WebSocketPolyfill: WebSocket } as object;

let databaseCount = 0;
const freshDatabase = () => {
  databaseCount += 1;
  return new EndfirstDatabase(`bench-sync-${databaseCount}`, { indexedDB: new IDBFactory(), IDBKeyRange });
};

const startLaptop = (db: EndfirstDatabase, url: string): TeamSyncHandle =>
  startTeamSync(db, url, { WebSocketPolyfill: WebSocket, reconnectDelayMs: 50, reconnectMaxDelayMs: 250, onError: (error) => console.error('sync bench', error) });

/** Resolves when a laptop's stored plan passes `check`, told by Dexie (polling a 100-page record would compete with the sync it measures). */
function storedPlan(db: EndfirstDatabase, id: string, check: (workshop: Workshop | undefined) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('sync bench: waited two minutes for a plan')), 120_000);
    const subscription = liveQuery(() => db.workshops.get(id)).subscribe({
      next: (workshop) => {
        if (!check(workshop)) return;
        clearTimeout(timer);
        setTimeout(() => subscription.unsubscribe());
        resolve();
      },
      error: reject,
    });
  });
}

async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 20));
}

function bareProvider(url: string, name: string, doc = new Y.Doc()): Promise<HocuspocusProvider> {
  return new Promise((resolve) => {
    const provider: HocuspocusProvider = new HocuspocusProvider({ url, name, document: doc, ...IN_NODE, onSynced: () => resolve(provider) });
  });
}

test('sync: a 100-page plan to a fresh laptop, and one edit from laptop A to laptop B', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'endfirst-bench-sync-'));
  const server: RunningTeamServer = await startTeamServer({ port: 0, dataDir });
  const stops: (() => void)[] = [];
  try {
    const big = generateBigWorkshop(1);
    const a = freshDatabase();
    await saveWorkshop(a, big);
    await sharePlan(a, big.id);
    stops.push(startLaptop(a, server.url));
    await until(async () => typeof (await a.sharedPlans.get(big.id))?.lastSyncedAt === 'string');
    const docBytes = (await a.sharedPlans.get(big.id))!.docState!.length;

    const appFull: number[] = [];
    const floorFull: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const floorStart = performance.now();
      const bare = await bareProvider(server.url, planDocName(big.id));
      floorFull.push(performance.now() - floorStart);
      bare.destroy();

      const fresh = freshDatabase();
      const appStart = performance.now();
      const stop = startLaptop(fresh, server.url);
      await storedPlan(fresh, big.id, (workshop) => workshop !== undefined);
      appFull.push(performance.now() - appStart);
      stop();
      fresh.close();
    }

    const b = freshDatabase();
    const syncB = startLaptop(b, server.url);
    stops.push(syncB);
    await storedPlan(b, big.id, (workshop) => workshop !== undefined);
    await syncB.settled();

    const appEdit: number[] = [];
    for (let edit = 0; edit < ROUNDS * 10; edit += 1) {
      const current = (await a.workshops.get(big.id))!;
      const text = `${current.preMortemRisks[0]!.text}x`;
      const arrived = storedPlan(b, big.id, (workshop) => workshop?.preMortemRisks[0]?.text === text);
      const appStart = performance.now();
      await a.transaction('rw', a.workshops, a.summaries, () =>
        putWithSummary(a, { ...current, preMortemRisks: [{ ...current.preMortemRisks[0]!, text }, ...current.preMortemRisks.slice(1)] }),
      );
      await arrived;
      appEdit.push(performance.now() - appStart);
    }

    const left = await bareProvider(server.url, planDocName(big.id));
    const right = await bareProvider(server.url, planDocName(big.id));
    const floorEdit: number[] = [];
    for (let edit = 0; edit < ROUNDS * 10; edit += 1) {
      const arrived = new Promise<void>((resolve) => right.document.once('update', () => resolve()));
      const floorStart = performance.now();
      left.document.getText('bench').insert(0, 'x');
      await arrived;
      floorEdit.push(performance.now() - floorStart);
    }
    left.destroy();
    right.destroy();

    const round1 = (value: number) => Math.round(value * 10) / 10;
    const full = median(appFull);
    const fullFloor = median(floorFull);
    const edit = median(appEdit);
    const editFloor = median(floorEdit);
    writeFigure('9-sync', [
      {
        figure: 'sync',
        measure: `100-page plan (${Math.round(docBytes / 1024)} KB document) → a fresh laptop's IndexedDB, median of ${ROUNDS}`,
        unit: 'ms',
        app: round1(full),
        floor: round1(fullFloor),
        ratio: round1(ratio(full, fullFloor)),
        budget: 'reported',
        status: 'report',
      },
      {
        figure: 'sync',
        measure: `one keystroke committed on A → B's IndexedDB, median of ${ROUNDS * 10} (p95 ${round1(percentile(appEdit, 95))} ms; floor p95 ${round1(percentile(floorEdit, 95))} ms)`,
        unit: 'ms',
        app: round1(edit),
        floor: round1(editFloor),
        ratio: round1(ratio(edit, editFloor)),
        budget: 'reported',
        status: 'report',
      },
    ]);
  } finally {
    for (const stop of stops) stop();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
