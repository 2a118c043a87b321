import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Workshop } from '../../shared/domain/workshop';
import { expect, openApp, test } from './fixtures';
import { readPdf } from './pdf-read';
import { seedWorkshops, storedWorkshop, testId, testWorkshop } from './seed';
import { printToPdf } from './summary-pdf-helpers';

/*
 * A plan over three weeks: the first workshop ends (baseline), the clock moves on, a follow-up
 * starts on the open actions, the owner of one changes, one is done, another goes overdue and a
 * standard gets its evidence. The overdue action is flagged in the library, the review and the PDF;
 * the status report fits on one page. (The "since" view belongs to another branch.)
 */

const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);

const words = (text: string) => text.replace(/\s+/g, ' ');

/** Sessions live in the agenda panel's head: each session has its own agenda. */
async function openSessions(page: Page) {
  await page.getByRole('button', { name: 'Agenda', exact: true }).click();
  await page.getByRole('dialog', { name: 'Agenda' }).getByRole('button', { name: 'Sessions', exact: true }).click();
}

const closeAgenda = (page: Page) => page.getByRole('dialog', { name: 'Agenda' }).getByRole('button', { name: 'Close', exact: true }).click();

function planWithActions(): Workshop {
  const base = testWorkshop('Invoice triage follow-ups', { date: '2026-11-05' });
  const [maria, tom] = [testId(), testId()];
  return {
    ...base,
    participants: [
      { id: maria, name: 'Maria Jensen', role: 'Lab lead', team: 'innovation', present: true },
      { id: tom, name: 'Tom Okafor', role: 'ML engineer', team: 'innovation', present: true },
    ],
    sessions: base.sessions.map((session) => ({ ...session, date: '2026-11-05', presentParticipantIds: [maria, tom] })),
    room: {
      ...base.room,
      actions: [
        { id: testId(), text: 'Get FP&A approval for the forecast', ownerParticipantId: maria, ownerName: '', due: '2026-11-24', status: 'open', statusHistory: [{ status: 'open', on: '2026-11-05' }] },
        { id: testId(), text: 'Name an owner for the runbook', ownerParticipantId: maria, ownerName: '', due: '2026-11-19', status: 'open', statusHistory: [{ status: 'open', on: '2026-11-05' }] },
      ],
    },
  };
}

test('a follow-up three weeks later: baseline, open actions first, history, overdue flags, trend and a one-page status report', async ({ page, problems }, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date('2026-11-05T12:00:00'));
  const plan = planWithActions();
  await openApp(page);
  await seedWorkshops(page, [plan]);
  await openApp(page, `#/workshop/${plan.id}/review`);
  await expect(page.locator('html[data-workshop-ready="true"]')).toHaveCount(1);

  // End the first session: a confirmation names what happens, then the baseline and a trend point.
  await openSessions(page);
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('baseline');
  await page.getByRole('button', { name: 'End Workshop' }).click();
  await expect.poll(async () => (await storedWorkshop(page, plan.id))?.sessions[0]?.baselineVersionId ?? null).not.toBeNull();
  await closeAgenda(page);
  const afterFirst = (await storedWorkshop(page, plan.id))!;
  expect(afterFirst.readinessTrend).toHaveLength(1);
  expect(afterFirst.sessions[0]!.endedAt).not.toBeNull();

  // Three weeks later the plan is reopened.
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00'));
  await openApp(page, `#/workshop/${plan.id}/setup`);
  await openSessions(page);
  await page.getByRole('button', { name: 'Start a follow-up session…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a follow-up session' });
  await expect(dialog.getByLabel('Label')).toHaveValue('Follow-up 1');
  await expect(dialog.getByLabel('Date')).toHaveValue('2026-11-26');
  await expect(dialog.getByRole('checkbox', { name: 'Maria Jensen' })).toBeChecked();
  await dialog.getByRole('checkbox', { name: 'Tom Okafor' }).uncheck();
  await page.screenshot({ path: testInfo.outputPath('sessions-start-follow-up.png') });
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Start session' }).click();

  // The follow-up opens on the review, where the open actions come first.
  await expect(page).toHaveURL(new RegExp(`/workshop/${plan.id}/review$`));
  // The agenda panel behind shows the follow-up's 60 minutes; the room closes it to work.
  await expect(page.getByRole('dialog', { name: 'Agenda' })).toContainText('60 min');
  await expect(page.getByRole('dialog', { name: 'Agenda' })).toContainText('2 actions are overdue.'); // due 19 and 24 Nov, both still open
  await closeAgenda(page);
  await expect.poll(async () => (await storedWorkshop(page, plan.id))?.sessions.length).toBe(2);
  const started = (await storedWorkshop(page, plan.id))!;
  expect(started.sessions[1]).toMatchObject({ kind: 'follow-up', label: 'Follow-up 1', date: '2026-11-26', endedAt: null });
  expect(started.sessions[1]!.presentParticipantIds).toEqual([plan.participants[0]!.id]);
  expect(started.room.agenda.blocks.reduce((sum, block) => sum + block.minutes, 0)).toBe(60);

  const overdueCard = page.getByRole('region', { name: /Overdue actions/ });
  await expect(overdueCard).toContainText('Name an owner for the runbook');
  await expect(overdueCard).toContainText('Overdue since');

  // Change the owner of the overdue one, mark the other done.
  await page.getByRole('combobox', { name: 'Owner of action 2' }).first().selectOption({ label: 'Tom Okafor' });
  await page.getByRole('combobox', { name: 'Status of action 1' }).first().selectOption({ label: 'Done' });
  await expect.poll(async () => (await storedWorkshop(page, plan.id))?.room.actions[0]?.statusHistory).toEqual([
    { status: 'open', on: '2026-11-05' },
    { status: 'done', on: '2026-11-26' },
  ]);
  expect((await storedWorkshop(page, plan.id))!.room.actions[1]!.ownerParticipantId).toBe(plan.participants[1]!.id);
  await expect(page.getByText(/Open (5 Nov|Nov 5) → Done (26 Nov|Nov 26)/).first()).toBeVisible();

  // Evidence for a standard.
  await page.goto(`./#/workshop/${plan.id}/standards`);
  await page.getByRole('button', { name: 'Details of Security review' }).click();
  await page.getByLabel('Evidence for Security review').fill('Signed security review record.');
  await page.getByLabel('Evidence for Security review').blur();
  await expect.poll(async () => (await storedWorkshop(page, plan.id))?.standards.find((s) => s.name === 'Security review')?.evidence).toBe('Signed security review record.');

  // The operational owner changes too.
  await page.goto(`./#/workshop/${plan.id}/operating-model`);
  await page.getByLabel('Operational owner', { exact: true }).selectOption({ label: 'Tom Okafor — Innovation' });
  await expect.poll(async () => (await storedWorkshop(page, plan.id))?.operatingModel.ownerParticipantId).toBe(plan.participants[1]!.id);

  // Reopened, the plan says what changed since the first session's baseline, each with before → after.
  await openApp(page, `#/workshop/${plan.id}/review`);
  const banner = page.getByRole('region', { name: 'Since the last session' });
  await expect(banner).toContainText('Workshop');
  await banner.getByRole('button', { name: 'What changed since then' }).click();
  const since = page.getByRole('dialog', { name: /^Since Workshop, / });
  const line = (text: string) => since.getByRole('listitem').filter({ hasText: text }).first();
  await expect(line('Operational owner')).toContainText('Tom Okafor');
  await expect(line('Get FP&A approval')).toContainText('Open');
  await expect(line('Get FP&A approval')).toContainText('Done');
  await expect(line('Name an owner for the runbook”: Owner')).toContainText('Tom Okafor');
  await expect(line('Overdue')).toContainText('Not done, and past its due date');
  await expect(line('Security review')).toContainText('Signed security review record.');
  await page.screenshot({ path: testInfo.outputPath('since-last-session.png') });
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  // End the follow-up: a second point on the trend.
  await page.goto(`./#/workshop/${plan.id}/review`);
  await openSessions(page);
  await page.screenshot({ path: testInfo.outputPath('sessions-panel.png') });
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'End Follow-up 1' }).click();
  await expect.poll(async () => (await storedWorkshop(page, plan.id))?.readinessTrend.length).toBe(2);
  await closeAgenda(page);
  const trend = page.getByRole('region', { name: 'Readiness over time' });
  await expect(trend.getByRole('img', { name: /Readiness score over time/ })).toBeVisible();
  await trend.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('sessions-trend.png') });
  expect(await seriousViolations(page)).toEqual([]);

  // The library row flags the overdue action in words.
  await page.goto('./#/');
  const row = page.locator(`li[data-workshop-id="${plan.id}"]`);
  await expect(row).toContainText('1 action overdue');

  // The PDF marks it; the status report is one page with verdict, trend, changes, overdue and the next gate.
  const full = await readPdf(await writePdf(page, plan.id, testInfo.outputPath('summary.pdf'), ''));
  expect(words(full.text.join(' '))).toContain('Open · Overdue');
  expect(words(full.text.join(' '))).toContain('Readiness over time');
  const status = await readPdf(await writePdf(page, plan.id, testInfo.outputPath('status-report.pdf'), '&report=status'));
  expect(status.pages).toBe(1);
  // Kickers are set in capitals by CSS, so the PDF's text is compared without case.
  const statusText = words(status.text.join(' ')).toLowerCase();
  for (const part of ['Status report', 'Readiness verdict', 'Readiness over time', 'Since Follow-up 1', 'Overdue actions', 'Name an owner for the runbook', 'Open · Overdue', 'Next gate']) {
    expect(statusText).toContain(part.toLowerCase());
  }
  expect(problems.pageErrors).toEqual([]);
  expect(problems.offsiteRequests).toEqual([]);
});

async function writePdf(page: Page, workshopId: string, file: string, query: string): Promise<string> {
  await printToPdf(page, workshopId, 'a4', file, query);
  return file;
}

test('the sample opens with its history: an ended first workshop, its baseline version, and a running follow-up', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open sample workshop' }).click();
  await expect(page.locator('html[data-workshop-ready="true"]')).toHaveCount(1);
  const id = /#\/workshop\/([^/]+)/.exec(page.url())![1]!;
  const stored = (await storedWorkshop(page, id))!;
  expect(stored.sessions.map((session) => [session.date, session.endedAt === null])).toEqual([
    ['2026-11-05', false],
    ['2026-11-26', true],
  ]);
  const versions = await page.evaluate(async (workshopId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('endfirst');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<{ id: string; workshopId: string; reason: string; workshop: { id: string } }[]>((resolve, reject) => {
      const request = db.transaction('versions').objectStore('versions').getAll();
      request.onsuccess = () => resolve(request.result as never);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all.filter((version) => version.workshopId === workshopId && version.reason === 'session-end');
  }, id);
  expect(versions).toHaveLength(1);
  expect(versions[0]!.id).toBe(stored.sessions[0]!.baselineVersionId);
  expect(versions[0]!.workshop.id).toBe(id);
  await openSessions(page);
  await expect(page.getByRole('list', { name: 'Sessions of this plan' })).toContainText('Follow-up 1');
  // The sample's review shows its trend (one point, the first workshop) and its overdue actions.
  await page.keyboard.press('Escape');
  await closeAgenda(page);
  await page.goto(`./#/workshop/${id}/review`);
  await expect(page.getByRole('region', { name: 'Readiness over time' }).getByRole('img')).toBeVisible();
});
