import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import type * as Y from 'yjs';
import { deleteForever } from '../../../renderer/src/db/workshops';
import { saveWorkshop } from '../../../renderer/src/db/write';
import { sharePlan } from '../../../renderer/src/features/team/plan-sharing';
import type { Workshop } from '../../../shared/domain/workshop';
import { SAMPLE_WORKSHOP } from '../../../shared/method/sample-workshop';
import { planDocName } from '../../../shared/sync/team-index';
import { editInOtherWindow } from './other-window';
import { cleanUp, dataFolder, eventually, laptop, teamServer, type Laptop } from './team-sync-helpers';
import type { RunningTeamServer } from '../../../build/team-server/start.mjs';
import { dump } from './db-helpers';

const PLAN = SAMPLE_WORKSHOP.id;
const SECOND: Workshop = { ...SAMPLE_WORKSHOP, id: '7e000000-0000-4000-8000-00000000cafe', meta: { ...SAMPLE_WORKSHOP.meta, title: 'Second plan' } };
const risk = SAMPLE_WORKSHOP.preMortemRisks[0]!;
const participant = SAMPLE_WORKSHOP.participants[1]!;
const noteA = { ...SAMPLE_WORKSHOP.room.notes[0]!, id: '7e000000-0000-4000-8000-0000000000a1', text: 'Note from laptop A' };
const noteB = { ...SAMPLE_WORKSHOP.room.notes[0]!, id: '7e000000-0000-4000-8000-0000000000b1', text: 'Note from laptop B' };

const plan = async (laptopAt: Laptop, id = PLAN) => laptopAt.db.workshops.get(id);
/** A plan as a laptop that never had it receives it: the facilitator's private notes never left the first one. */
const received = (workshop: Workshop): Workshop => ({ ...workshop, room: { ...workshop.room, facilitatorNotes: {} } });

afterAll(cleanUp);

// One story, in order, as a team lives it: shared, received, edited offline on two laptops, the
// server restarted, a third laptop joining, a bad document from the server.
describe('two laptops and a team server', () => {
  let dataDir: string;
  let server: RunningTeamServer;
  let a: Laptop;
  let b: Laptop;

  it('a shared plan reaches a laptop that had none, through the team index, with its portfolio row', async () => {
    dataDir = await dataFolder();
    server = await teamServer(dataDir);
    a = laptop(server.url);
    await saveWorkshop(a.db, SAMPLE_WORKSHOP);
    await sharePlan(a.db, PLAN);
    await eventually(async () => expect((await a.db.sharedPlans.get(PLAN))?.lastSyncedAt).not.toBeNull());

    b = laptop(server.url);
    await eventually(async () => expect(await plan(b)).toEqual(received(SAMPLE_WORKSHOP)));
    await eventually(async () => expect((await b.db.sharedPlans.get(PLAN))?.lastSyncedAt).not.toBeNull());
    expect(await b.db.teamPlans.get(PLAN)).toMatchObject({ title: SAMPLE_WORKSHOP.meta.title, phase: SAMPLE_WORKSHOP.meta.phase });
    expect((await b.db.summaries.get(PLAN))?.title).toBe(SAMPLE_WORKSHOP.meta.title);
  });

  it('edits made offline on both laptops all survive once the server is back (restarted from its data folder)', async () => {
    const port = server.port;
    await server.stop();
    await editInOtherWindow(a.db, PLAN, (d) => {
      d.meta.organisation = 'Northwind Logistics';
      d.preMortemRisks[0]!.text = `Early: ${risk.text}`;
      d.room.notes.push(noteA);
      d.participants.splice(1, 1);
    });
    await editInOtherWindow(b.db, PLAN, (d) => {
      d.standards[0]!.owner = 'Tom Okafor';
      d.preMortemRisks[0]!.text = `${risk.text} (seen twice)`;
      d.room.notes.push(noteB);
      d.participants[1]!.role = 'Head of accounts payable';
    });
    await saveWorkshop(b.db, SECOND);
    await sharePlan(b.db, SECOND.id);
    await a.sync.settled();
    await b.sync.settled();

    server = await teamServer(dataDir, port);
    await eventually(async () => {
      const [onA, onB] = [await plan(a), await plan(b)];
      expect(onA?.standards[0]!.owner).toBe('Tom Okafor');
      expect(onB?.meta.organisation).toBe('Northwind Logistics');
      expect(onA).toEqual({ ...onB, room: { ...onB!.room, facilitatorNotes: SAMPLE_WORKSHOP.room.facilitatorNotes } });
    });
    const merged = (await plan(a))!;
    expect(merged.preMortemRisks[0]!.text).toBe(`Early: ${risk.text} (seen twice)`);
    expect(merged.room.notes.map((note) => note.text)).toEqual(expect.arrayContaining([noteA.text, noteB.text]));
    expect(merged.participants.map((p) => p.id)).not.toContain(participant.id);
    await eventually(async () => expect(await plan(a, SECOND.id)).toEqual(received(SECOND)));
    expect((await plan(b))!.room.facilitatorNotes).toEqual({});
  });

  it('the laptop that edited the row another laptop deleted keeps its version in a notice', async () => {
    const notices = await b.db.syncNotices.toArray();
    expect(notices).toEqual([
      expect.objectContaining({
        workshopId: PLAN,
        kind: 'row-removed-elsewhere',
        message: `A participant, “${participant.name}”, was deleted on another laptop. Your version is kept here: restore it to bring it back.`,
        removedRow: { listPath: ['participants'], index: 1, row: { ...participant, role: 'Head of accounts payable' } },
      }),
    ]);
    expect(await a.db.syncNotices.count()).toBe(0);
  });

  it('a third laptop joining after a restart receives every plan, as the others hold them', async () => {
    const port = server.port;
    await a.sync.settled();
    await server.stop();
    server = await teamServer(dataDir, port);
    const c = laptop(server.url);
    const expected = (await plan(a))!;
    await eventually(async () => {
      expect(await plan(c)).toEqual(received(expected));
      expect(await plan(c, SECOND.id)).toEqual(received(SECOND));
    });
    expect((await c.db.teamPlans.toArray()).map((row) => row.title).sort()).toEqual([expected.meta.title, 'Second plan'].sort());
  });

  it('a plan deleted for good on one laptop is not brought back there by the others’ edits', async () => {
    const third = laptop(server.url);
    await eventually(async () => expect(await plan(third, SECOND.id)).toEqual(received(SECOND)));
    await deleteForever(third.db, SECOND.id);
    await editInOtherWindow(b.db, SECOND.id, (d) => {
      d.meta.organisation = 'Edited after the delete';
    });
    await eventually(async () => expect((await plan(a, SECOND.id))?.meta.organisation).toBe('Edited after the delete'));
    await third.sync.settled();
    expect(await plan(third, SECOND.id)).toBeUndefined();
    expect(await third.db.sharedPlans.get(SECOND.id)).toBeDefined();
  });

  it('a document the gate refuses changes nothing stored and says so', async () => {
    await a.sync.settled();
    const before = JSON.stringify(await a.db.workshops.toArray()) + JSON.stringify(await a.db.summaries.toArray());
    const rogue = await new Promise<HocuspocusProvider>((resolve) => {
      const provider: HocuspocusProvider = new HocuspocusProvider({
        url: server.url,
        name: planDocName(PLAN),
        ...({ WebSocketPolyfill: WebSocket } as object),
        onSynced: () => resolve(provider),
      });
    });
    rogue.document.getMap<Y.Map<unknown>>('workshop').get('meta')!.set('phase', 'not-a-phase');
    await eventually(async () => expect((await a.db.syncNotices.toArray()).filter((notice) => notice.kind === 'update-refused').length).toBe(1));
    rogue.destroy();
    await a.sync.settled();
    expect(JSON.stringify(await a.db.workshops.toArray()) + JSON.stringify(await a.db.summaries.toArray())).toBe(before);
    const [notice] = await a.db.syncNotices.toArray();
    expect(notice?.message).toMatch(/^An update to this plan from the team server was refused, and your copy is unchanged: /);
    expect(await dump(a.db)).toContain('update-refused');
  });
});
