import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Workshop } from '../../shared/domain/workshop';
import { planAgenda } from '../../shared/room/agenda-plan';
import { expect, openApp, type PageProblems, test } from './fixtures';
import { seedWorkshops, storedWorkshop, testWorkshop } from './seed';

const MIN = 60_000;
const NINE = Date.parse('2026-11-26T09:00:00.000Z');

/**
 * The page's Date stands still at `nowMs` while its timers keep running (the app's own intervals
 * and IndexedDB keep working); a test moves the time with `later` instead of waiting.
 */
async function open(page: Page, workshop: Workshop, nowMs: number) {
  await page.clock.setFixedTime(nowMs);
  await openApp(page);
  await seedWorkshops(page, [workshop]);
  await page.goto(`./#/workshop/${workshop.id}/end-state`);
  await expect(page.locator('.stage-kicker')).toBeVisible();
}

function expectNoProblems(problems: PageProblems) {
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.offsiteRequests).toEqual([]);
}

test('the stage timer: buttons, Ctrl+Shift+Space, a reload, amber and red', async ({ page, problems }) => {
  const workshop = testWorkshop('Timer');
  await open(page, workshop, NINE);
  let now = NINE;
  const later = (ms: number) => page.clock.setFixedTime((now += ms));
  const timer = page.getByRole('group', { name: 'Stage timer' });
  const readout = timer.getByRole('timer');

  // The room arrived at "End state" (25 min in the Full template): the timer is set, not running.
  await expect(readout).toHaveText('Not started 25:00');
  await timer.getByRole('button', { name: 'Start timer' }).click();
  // Move the clock only once the start is stored: the start time is read when the edit runs.
  await expect(timer.getByRole('button', { name: 'Pause timer' })).toBeVisible();
  await later(MIN);
  await expect(readout).toHaveText('Remaining 24:00');
  await timer.getByRole('button', { name: 'Pause timer' }).click();
  await expect(readout).toHaveText('Paused 24:00');
  await timer.getByRole('button', { name: '+1 min' }).click();
  await expect(readout).toHaveText('Paused 25:00');
  await timer.getByRole('button', { name: '+5 min' }).click();
  await expect(readout).toHaveText('Paused 30:00');
  await timer.getByRole('button', { name: 'Reset timer' }).click();
  await expect(readout).toHaveText('Not started 25:00');

  // The menu shortcut starts and pauses, even with focus on a button.
  await page.keyboard.press('Control+Shift+Space');
  await expect(timer.getByRole('button', { name: 'Pause timer' })).toBeVisible();
  await later(2 * MIN);
  await expect(readout).toHaveText('Remaining 23:00');
  await page.keyboard.press('Control+Shift+Space');
  await expect(readout).toHaveText('Paused 23:00');
  await page.keyboard.press('Control+Shift+Space');
  await expect(timer.getByRole('button', { name: 'Pause timer' })).toBeVisible();
  await expect.poll(async () => (await storedWorkshop(page, workshop.id))?.room.timer.startedAt).toBe(NINE + 3 * MIN);

  // The soft chime is off until asked for, and this computer remembers the choice.
  const chime = timer.getByRole('button', { name: 'Chime at zero' });
  await expect(chime).toHaveAttribute('aria-pressed', 'false');
  await chime.click();
  await expect(chime).toHaveAttribute('aria-pressed', 'true');

  // A reload reads the same stored timestamps: still running, nothing lost.
  await later(MIN);
  await page.reload();
  await expect(readout).toHaveText('Remaining 22:00');
  await expect(chime).toHaveAttribute('aria-pressed', 'true');

  // Amber in the last fifth (5 of 25 minutes), red and counting up past zero, in words too.
  await later(17 * MIN);
  await expect(readout).toHaveText('Nearly done 5:00');
  await expect(timer).toHaveClass(/tone-warning/);
  await later(7 * MIN + 10_000);
  await expect(readout).toHaveText('Overtime +2:10');
  await expect(timer).toHaveClass(/tone-overtime/);

  // Moving on hands the time used to the stage left behind; the next box starts running at once.
  await page.getByRole('link', { name: /Next: 2\. Who runs it/ }).click();
  await expect(readout).toHaveText('Remaining 25:00');
  await expect.poll(async () => (await storedWorkshop(page, workshop.id))?.room.agenda.blocks[1]?.spentMs).toBe(27 * MIN + 10_000);

  // Before the workshop clock starts, the agenda counts from now; starting it stores the moment.
  await page.getByRole('button', { name: 'Agenda' }).click();
  await page.getByRole('button', { name: 'Start the workshop clock' }).click();
  await expect(page.getByRole('button', { name: 'Start the workshop clock' })).toHaveCount(0);
  expect((await storedWorkshop(page, workshop.id))?.room.agenda.startedAt).toBe(new Date(now).toISOString());
  expectNoProblems(problems);
});

test('the agenda: planned starts follow an edit, a break moves, rebalance previews and applies', async ({ page, problems }) => {
  // 40 minutes in: setup took 25 of its 10, "End state" has used 15 of 25, so the room is 15 min late.
  const now = NINE + 40 * MIN;
  const workshop = testWorkshop('Agenda');
  workshop.meta.currentStage = 'end-state';
  const { agenda } = workshop.room;
  agenda.startedAt = new Date(NINE).toISOString();
  agenda.blocks[0]!.spentMs = 25 * MIN;
  workshop.room.timer = { stageId: 'end-state', durationMs: 25 * MIN, startedAt: null, elapsedBeforeMs: 15 * MIN };
  await open(page, workshop, now);
  const clock = (ms: number) => page.evaluate((at) => new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date(at)), ms);

  await page.getByRole('button', { name: 'Agenda' }).click();
  const panel = page.getByRole('dialog', { name: 'Agenda' });
  const row = (name: string) => panel.getByRole('row', { name: new RegExp(`^${name}`) });
  await expect(panel.getByRole('definition')).toHaveText(['180 min', await clock(NINE + 180 * MIN), await clock(NINE + 195 * MIN), '15 min late']);
  await expect(row('1. End state Now')).toContainText('15 min');
  await expect(row('2. Who runs it')).toContainText(await clock(NINE + 35 * MIN));

  // Longer "End state": everything after it starts 10 minutes later.
  await panel.getByLabel('Minutes for 1. End state').fill('35');
  await panel.getByLabel('Minutes for 1. End state').press('Enter');
  await expect(row('2. Who runs it')).toContainText(await clock(NINE + 45 * MIN));
  await expect(row('3. Standards')).toContainText(await clock(NINE + 80 * MIN));
  // …and the running stage's timer gains the same ten minutes (35 - 15 used).
  await expect(page.getByRole('group', { name: 'Stage timer' }).getByRole('timer')).toHaveText('Paused 20:00');
  // Bad input is refused with a message and nothing stored changes.
  await panel.getByLabel('Minutes for 2. Who runs it').fill('lots');
  await panel.getByLabel('Minutes for 2. Who runs it').press('Enter');
  await expect(page.getByText('Enter whole minutes, for example 15.')).toBeVisible();
  await expect(panel.getByLabel('Minutes for 2. Who runs it')).toHaveValue('25');

  // The first break moves before "Who runs it".
  await panel.getByRole('button', { name: 'Move break earlier' }).first().click();
  await expect
    .poll(async () => (await storedWorkshop(page, workshop.id))?.room.agenda.blocks.map((block) => block.kind).slice(0, 4))
    .toEqual(['stage', 'stage', 'break', 'stage']);

  // Rebalance: the preview lists before → after, Apply stores it in one edit and the room is on time.
  await panel.getByRole('button', { name: 'Rebalance the rest…' }).click();
  const preview = panel.getByRole('region', { name: 'Rebalance the rest' });
  await expect(preview.getByRole('listitem').first()).toHaveText(/0\. Setup\s*10 → 25 min\s*what it took/);
  await expect(preview.getByText('shortened').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await preview.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('Agenda rebalanced')).toBeVisible();
  await expect(panel.getByRole('definition').last()).toHaveText('On time');
  const stored = await storedWorkshop(page, workshop.id);
  const replanned = planAgenda({ agenda: stored!.room.agenda, timer: stored!.room.timer, currentStageId: 'end-state' }, now);
  expect(replanned.plannedEndMs).toBe(NINE + 190 * MIN);
  expect(Math.abs(replanned.lateMs)).toBeLessThan(MIN);
  expectNoProblems(problems);
});
