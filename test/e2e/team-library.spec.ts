import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { WebSocketServer } from 'ws';
import type { Workshop } from '../../shared/domain/workshop';
import { GATE_VERDICT_LABELS } from '../../shared/readiness/gate';
import type { Verdict } from '../../shared/readiness/types';
import { expect, openApp, test } from './fixtures';
import { seedWorkshops, storedWorkshop, testId, testWorkshop } from './seed';
import { startTeamServerProcess, teamDataFolder, type TeamServerProcess } from './team-server-process';

/**
 * The team library (#23) as facilitators live it: separate browser contexts are separate laptops
 * (each its own IndexedDB and its own team server setting), syncing through the real team server,
 * started here as its own process and restarted on the same data folder and port.
 */

interface Laptop {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request that left the app's own origin, and every WebSocket opened. */
  readonly offsite: string[];
  readonly sockets: string[];
  readonly pageErrors: string[];
}

async function openLaptop(browser: Browser, baseURL: string): Promise<Laptop> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const laptop: Laptop = { context, page, offsite: [], sockets: [], pageErrors: [] };
  const origin = new URL(baseURL).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) laptop.offsite.push(url);
  });
  page.on('websocket', (socket) => laptop.sockets.push(socket.url()));
  page.on('pageerror', (error) => laptop.pageErrors.push(error.message));
  await openApp(page);
  return laptop;
}

const originOf = (url: string) => new URL(url).origin;

const seriousViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
};

const teamServerButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Team server/ });

/** Through the dialog, as a facilitator does it; Save reloads the app so its policy names the server. */
async function setTeamServer(page: Page, address: string, { expectState }: { expectState: RegExp }) {
  await teamServerButton(page).click();
  const dialog = page.getByRole('dialog', { name: 'Team server' });
  await dialog.getByLabel('Team server address').fill(address);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('html[data-app-ready="true"]')).toHaveCount(1);
  await expect(teamServerButton(page)).toHaveAccessibleName(expectState);
}

async function reconnectNow(page: Page) {
  await teamServerButton(page).click();
  const dialog = page.getByRole('dialog', { name: 'Team server' });
  await dialog.getByRole('button', { name: 'Try again now' }).click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(teamServerButton(page)).toHaveAccessibleName(/Online/);
}

async function shareFromLibrary(page: Page, title: string) {
  await page.getByRole('button', { name: `Actions for ${title}` }).click();
  await page.getByRole('menuitem', { name: 'Share with team' }).click();
}

const libraryRow = (page: Page, title: string) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });

/** Waits until the plan as stored on this laptop satisfies `check` (a state, polled; never a sleep). */
async function storedUntil(page: Page, id: string, check: (workshop: Workshop) => void) {
  await expect
    .poll(async () => {
      const workshop = await storedWorkshop(page, id);
      if (!workshop) return 'not stored';
      try {
        check(workshop);
        return 'ok';
      } catch (error) {
        return String(error);
      }
    })
    .toBe('ok');
}

/** Everything the app stores, read with the raw IndexedDB API: "nothing changed" means this is identical. */
function storedEverything(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('endfirst');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = Array.from(db.objectStoreNames);
    const all = await Promise.all(
      names.map(
        (name) =>
          new Promise<unknown>((resolve, reject) => {
            const request = db.transaction(name).objectStore(name).getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return JSON.stringify(Object.fromEntries(names.map((name, index) => [name, all[index]])), (_key, value: unknown) =>
      value instanceof Uint8Array ? Array.from(value) : value,
    );
  });
}

function teamPlansStored(page: Page): Promise<{ workshopId: string; phase: string; verdict: Verdict | null }[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('endfirst');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<never>((resolve, reject) => {
      const request = db.transaction('teamPlans').objectStore('teamPlans').getAll();
      request.onsuccess = () => resolve(request.result as never);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows;
  });
}

const LEE = { id: testId(), name: 'Lee Park', role: 'AP lead', team: 'operations', present: true } as const;
const ANA = { id: testId(), name: 'Ana Silva', role: 'Innovation lead', team: 'innovation', present: true } as const;
const CAPABILITY = 'Summarise incoming claims for the adjusters.';

test.describe('the team library', () => {
  // Three laptops, two server starts and every merge rule in one story: more than one screen's worth.
  test.setTimeout(150_000);

  test('two laptops share plans, edit offline, and converge with every edit kept after a server restart; a third receives every plan', async ({ browser, baseURL }) => {
    const data = await teamDataFolder();
    let server: TeamServerProcess | null = await startTeamServerProcess(data.dir);
    const laptops: Laptop[] = [];
    try {
      const claims: Workshop = { ...testWorkshop('Claims triage', { capability: CAPABILITY, organisation: 'Harbor Mutual' }), participants: [LEE, ANA] };
      const contracts = testWorkshop('Contract review', { phase: 'pilot' });

      // Laptop A: two plans, no team server. Nothing leaves the laptop, and sharing says what is missing.
      const a = await openLaptop(browser, baseURL ?? '');
      laptops.push(a);
      await seedWorkshops(a.page, [claims, contracts]);
      await a.page.reload();
      await expect(libraryRow(a.page, 'Claims triage')).toBeVisible();
      await shareFromLibrary(a.page, 'Claims triage');
      await expect(a.page.getByRole('status').filter({ hasText: 'No team server is set yet' })).toBeVisible();
      await expect(libraryRow(a.page, 'Claims triage')).toContainText(['Shared', 'Not synced yet'].join(''));
      expect(a.offsite).toEqual([]);
      expect(a.sockets).toEqual([]);

      // The toast's way to the setting; a bad address is explained on Save and nothing is saved.
      await a.page.getByRole('button', { name: 'Set up…' }).click();
      const dialog = a.page.getByRole('dialog', { name: 'Team server' });
      await expect(dialog.getByRole('status')).toHaveText('No team server is set. Your plans stay on this laptop, and Endfirst makes no network call.');
      await dialog.getByLabel('Team server address').fill('ftp://team.example.org');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog.getByText('A team server is reached with wss:// (or ws:// on a trusted network), not ftp://.')).toBeVisible();
      await dialog.getByLabel('Team server address').fill('ws://team.example.org');
      await expect(dialog.getByText('Not encrypted: use a ws:// address only on a network you trust.')).toBeVisible();
      expect(await seriousViolations(a.page), 'the team server dialog').toEqual([]);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      expect(a.sockets).toEqual([]);

      await setTeamServer(a.page, server.url, { expectState: /Online/ });
      await shareFromLibrary(a.page, 'Contract review');
      await expect(libraryRow(a.page, 'Claims triage')).toContainText(/Synced (just now|1 min ago)/);
      await expect(libraryRow(a.page, 'Contract review')).toContainText(/Synced (just now|1 min ago)/);

      // Laptop B joins with an empty library and receives both plans, marked as shared.
      const b = await openLaptop(browser, baseURL ?? '');
      laptops.push(b);
      await setTeamServer(b.page, server.url, { expectState: /Online/ });
      await expect(libraryRow(b.page, 'Claims triage')).toContainText('Shared');
      await expect(libraryRow(b.page, 'Contract review')).toContainText('Shared');

      // The server goes away; both laptops say so and keep working on the same plan.
      await Promise.all([a.page.goto(`./#/workshop/${claims.id}/setup`), b.page.goto(`./#/workshop/${claims.id}/setup`)]);
      const port = server.port;
      await server.stop();
      server = null;
      for (const { page } of [a, b]) await expect(teamServerButton(page)).toHaveAccessibleName(/Offline/);

      // A: a field of its own, the end of the shared text, a note, and deletes Lee Park.
      await a.page.getByLabel('Organisation', { exact: true }).fill('Northwind Insurance');
      await a.page.getByLabel('The AI capability, in one sentence').press('Control+End');
      await a.page.getByLabel('The AI capability, in one sentence').pressSequentially(' Europe first.');
      await a.page.getByLabel('New note').fill('Note from laptop A');
      await a.page.getByLabel('New note').press('Enter');
      await a.page.getByRole('button', { name: 'Remove Lee Park' }).click();
      // B: another field, the start of the same text, a note, and edits Lee Park meanwhile.
      await b.page.getByLabel('Facilitator', { exact: true }).fill('Sam Lee');
      await b.page.getByLabel('The AI capability, in one sentence').press('Control+Home');
      await b.page.getByLabel('The AI capability, in one sentence').pressSequentially('Pilot: ');
      await b.page.getByLabel('Role of Lee Park').fill('Head of accounts payable');
      await b.page.getByLabel('New note').fill('Note from laptop B');
      await b.page.getByLabel('New note').press('Enter');
      await storedUntil(a.page, claims.id, (w) => {
        expect(w.meta.capability).toBe(`${CAPABILITY} Europe first.`);
        expect(w.participants.map((p) => p.name)).toEqual(['Ana Silva']);
      });
      await storedUntil(b.page, claims.id, (w) => {
        expect(w.meta.capability).toBe(`Pilot: ${CAPABILITY}`);
        expect(w.participants.find((p) => p.id === LEE.id)?.role).toBe('Head of accounts payable');
      });

      // Back on the same data folder and port: both converge, every edit kept.
      server = await startTeamServerProcess(data.dir, port);
      await Promise.all([reconnectNow(a.page), reconnectNow(b.page)]);
      for (const { page } of [a, b]) {
        await storedUntil(page, claims.id, (w) => {
          expect(w.meta.organisation).toBe('Northwind Insurance');
          expect(w.meta.facilitator).toBe('Sam Lee');
          expect(w.meta.capability).toBe(`Pilot: ${CAPABILITY} Europe first.`);
          expect(w.room.notes.map((note) => note.text).sort()).toEqual(['Note from laptop A', 'Note from laptop B']);
          expect(w.participants.map((p) => p.name)).toEqual(['Ana Silva']);
        });
      }

      // The deletion won; B, which had edited Lee Park, keeps its version in a notice and restores it.
      const notice = b.page.getByRole('listitem').filter({ hasText: /A participant, .Lee Park., was deleted on another laptop\./ });
      await expect(notice).toContainText('Your version: Lee Park · Head of accounts payable');
      await expect(a.page.getByText('was deleted on another laptop')).toHaveCount(0);
      await notice.getByRole('button', { name: 'Restore' }).click();
      await expect(notice).toHaveCount(0);
      for (const { page } of [a, b]) {
        await storedUntil(page, claims.id, (w) => expect(w.participants.find((p) => p.id === LEE.id)?.role).toBe('Head of accounts payable'));
      }

      // Laptop C joins and receives every plan, with every edit.
      const c = await openLaptop(browser, baseURL ?? '');
      laptops.push(c);
      await setTeamServer(c.page, server.url, { expectState: /Online/ });
      await expect(libraryRow(c.page, 'Claims triage')).toContainText('Shared');
      await expect(libraryRow(c.page, 'Contract review')).toContainText('Shared');
      await storedUntil(c.page, claims.id, (w) => {
        expect(w.meta.capability).toBe(`Pilot: ${CAPABILITY} Europe first.`);
        expect(w.participants.map((p) => p.name).sort()).toEqual(['Ana Silva', 'Lee Park']);
        expect(w.room.notes).toHaveLength(2);
      });

      // The portfolio: by phase, then by verdict in the review's words for each plan's gate.
      await c.page.getByRole('link', { name: 'Team portfolio' }).click();
      await expect(c.page.getByRole('heading', { level: 1, name: 'Team portfolio' })).toBeVisible();
      await expect(c.page.getByRole('table', { name: 'Planning (1)' }).getByRole('rowheader')).toContainText(['Claims triage']);
      await expect(c.page.getByRole('table', { name: 'Pilot (1)' }).getByRole('rowheader')).toContainText(['Contract review']);
      await expect(c.page.getByRole('table', { name: 'Planning (1)' }).getByRole('row', { name: /Claims triage/ })).toContainText('Sam Lee');
      const entries = await teamPlansStored(c.page);
      expect(entries.map((entry) => entry.workshopId).sort()).toEqual([claims.id, contracts.id].sort());
      expect(await seriousViolations(c.page), 'the team portfolio').toEqual([]);
      await c.page.getByRole('radio', { name: 'Verdict' }).check();
      for (const entry of entries) {
        const words = entry.verdict === null ? 'No verdict yet' : GATE_VERDICT_LABELS.pilot[entry.verdict];
        await expect(c.page.getByRole('table', { name: new RegExp(`^${words} \\(\\d\\)$`) }).getByRole('row', { name: entry.workshopId === claims.id ? /Claims triage/ : /Contract review/ })).toBeVisible();
      }

      // No laptop spoke to anything but the app and, once set, that one team server.
      for (const laptop of laptops) {
        expect(laptop.offsite).toEqual([]);
        expect(new Set(laptop.sockets.map(originOf))).toEqual(new Set([server.url]));
        expect(laptop.pageErrors).toEqual([]);
      }
    } finally {
      for (const laptop of laptops) await laptop.context.close();
      await server?.stop();
      await data.remove();
    }
  });

  test('a server that is not a team server gets a clear message, and nothing stored changes', async ({ browser, baseURL }) => {
    const plainHttp: Server = createServer((_request, response) => response.end('Hello from some other service'));
    await new Promise<void>((resolve) => plainHttp.listen(0, '127.0.0.1', resolve));
    const noisy = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise<void>((resolve) => noisy.once('listening', () => resolve()));
    noisy.on('connection', (socket) => socket.send('hello, I am something else'));
    const laptop = await openLaptop(browser, baseURL ?? '');
    try {
      const plan = testWorkshop('Claims triage', { capability: CAPABILITY });
      await seedWorkshops(laptop.page, [plan]);
      await laptop.page.reload();
      await shareFromLibrary(laptop.page, 'Claims triage');
      await expect(libraryRow(laptop.page, 'Claims triage')).toContainText('Not synced yet');
      const before = await storedEverything(laptop.page);

      const httpUrl = `ws://127.0.0.1:${(plainHttp.address() as AddressInfo).port}`;
      await setTeamServer(laptop.page, httpUrl, { expectState: /Offline/ });
      await teamServerButton(laptop.page).click();
      await expect(laptop.page.getByRole('dialog', { name: 'Team server' }).getByRole('status')).toHaveText(
        `Cannot reach the team server at ${httpUrl}. Your plans stay on this laptop and sync when it answers.`,
      );
      await laptop.page.getByRole('dialog', { name: 'Team server' }).getByRole('button', { name: 'Cancel' }).click();
      expect(await storedEverything(laptop.page)).toBe(before);

      const noisyUrl = `ws://127.0.0.1:${(noisy.address() as AddressInfo).port}`;
      await setTeamServer(laptop.page, noisyUrl, { expectState: /Problem/ });
      await laptop.page.getByRole('link', { name: 'Team portfolio' }).click();
      await expect(laptop.page.getByRole('status').filter({ hasText: 'did not answer' })).toHaveText(
        `The team server at ${noisyUrl} did not answer as a team server. Check the address with whoever runs it.`,
      );
      await expect(laptop.page.getByRole('heading', { name: 'No plan is shared with the team yet' })).toBeVisible();
      expect(await storedEverything(laptop.page)).toBe(before);
      await laptop.page.goto('./#/');
      // The plan has never reached a team server: it waits for one that answers.
      await expect(libraryRow(laptop.page, 'Claims triage')).toContainText('Waiting to sync');

      // Stopping: back to no team server, no connection, and the plan still here and still marked shared.
      await teamServerButton(laptop.page).click();
      await laptop.page.getByRole('dialog', { name: 'Team server' }).getByRole('button', { name: 'Stop using the team server' }).click();
      await expect(laptop.page.locator('html[data-app-ready="true"]')).toHaveCount(1);
      await expect(teamServerButton(laptop.page)).toHaveAccessibleName('Team server');
      await expect(libraryRow(laptop.page, 'Claims triage')).toContainText('SharedNot synced yet');
      expect(laptop.offsite).toEqual([]);
      expect(new Set(laptop.sockets.map(originOf))).toEqual(new Set([httpUrl, noisyUrl]));
    } finally {
      await laptop.context.close();
      for (const client of noisy.clients) client.terminate();
      await new Promise<void>((resolve) => noisy.close(() => resolve()));
      await new Promise<void>((resolve) => plainHttp.close(() => resolve()));
    }
  });
});
