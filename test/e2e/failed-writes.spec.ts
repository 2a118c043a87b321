import type { Page } from '@playwright/test';
import type { Participant } from '../../shared/domain/participants';
import type { Note } from '../../shared/domain/room';
import type { Workshop } from '../../shared/domain/workshop';
import { expect, openApp, test } from './fixtures';
import { seedWorkshops, storedWorkshop, testId, testWorkshop } from './seed';

/**
 * A select or checkbox commits at once. When that write fails, the control must go back to what
 * is stored and say why: showing the new value would tell the facilitator it was kept.
 */
function workshopWithPerson(title: string): { workshop: Workshop; person: Participant } {
  const workshop = testWorkshop(title);
  const person: Participant = { id: testId(), name: 'Priya Raman', role: '', team: 'operations', present: true };
  workshop.participants = [person];
  return { workshop, person };
}

/** What a full disk looks like to the page from now on: every IndexedDB write is refused. */
async function failEveryWrite(page: Page) {
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

async function openSetup(page: Page, workshop: Workshop) {
  await openApp(page);
  await seedWorkshops(page, [workshop]);
  await page.goto(`./#/workshop/${workshop.id}/setup`);
  await expect(page.getByLabel('Team of Priya Raman')).toBeVisible();
}

test('a select whose write fails shows the stored value again, with the error', async ({ page }) => {
  const { workshop } = workshopWithPerson('Failed select');
  await openSetup(page, workshop);
  const team = page.getByLabel('Team of Priya Raman');
  await expect(team).toHaveValue('operations');

  await failEveryWrite(page);
  await team.selectOption('innovation');

  await expect(page.locator('.toast').filter({ hasText: 'run out of space' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Endfirst cannot save right now' })).toBeVisible();
  await expect(team).toHaveValue('operations');
  expect((await storedWorkshop(page, workshop.id))?.participants[0]?.team).toBe('operations');
});

test('a checkbox whose write fails shows the stored value again, with the error', async ({ page }) => {
  const { workshop } = workshopWithPerson('Failed checkbox');
  await openSetup(page, workshop);
  const present = page.getByRole('checkbox', { name: 'Priya Raman is present' });
  await expect(present).toBeChecked();

  await failEveryWrite(page);
  await present.click();

  await expect(page.locator('.toast').filter({ hasText: 'run out of space' })).toBeVisible();
  await expect(present).toBeChecked();
  expect((await storedWorkshop(page, workshop.id))?.participants[0]?.present).toBe(true);
});

test('a select that fails once and then succeeds shows the new value', async ({ page }) => {
  const { workshop } = workshopWithPerson('Failed then kept');
  await openSetup(page, workshop);
  const team = page.getByLabel('Team of Priya Raman');
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    Object.assign(window, { restorePut: () => (IDBObjectStore.prototype.put = put) });
  });
  await failEveryWrite(page);
  await team.selectOption('innovation');
  await expect(team).toHaveValue('operations');

  await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
  await team.selectOption('it-security');
  await expect(team).toHaveValue('it-security');
  await expect.poll(async () => (await storedWorkshop(page, workshop.id))?.participants[0]?.team).toBe('it-security');
});

test('a promote that fails on storage says so once, never "that list is full"', async ({ page }) => {
  const { workshop, person } = workshopWithPerson('Failed promote');
  const note = (text: string, index: number): Note => ({
    id: testId(),
    stageId: 'standards',
    text,
    authorParticipantId: null,
    groupId: null,
    createdAt: `2026-11-26T09:0${index}:00.000Z`,
  });
  workshop.room.notes = [note('Pen test before go-live', 0), note('Fallback to the manual queue', 1)];
  workshop.room.votes.sessions = [
    {
      id: testId(),
      stageId: 'standards',
      budgetPerPerson: 3,
      status: 'revealed',
      ballots: { [person.id]: { [workshop.room.notes[1]!.id]: 2 } },
      createdAt: '2026-11-26T09:10:00.000Z',
    },
  ];
  await openApp(page);
  await seedWorkshops(page, [workshop]);
  await page.goto(`./#/workshop/${workshop.id}/standards`);
  await expect(page.getByRole('list', { name: 'Vote results, most dots first' })).toBeVisible();
  // Opening a stage stores it as the current one: let that land before the disk fills.
  await expect.poll(async () => (await storedWorkshop(page, workshop.id))?.meta.currentStage).toBe('standards');

  await failEveryWrite(page);
  await page.getByRole('button', { name: 'Promote to…, note 2' }).click();
  await page.getByRole('group', { name: 'Promote note 2 to' }).getByRole('button', { name: 'Action' }).click();

  const toasts = page.locator('.toast');
  await expect(toasts.filter({ hasText: 'run out of space' })).toHaveCount(1);
  // No sleep needed for a second, wrong toast: it would be set by the edit's own `.then`, in the
  // same task as the failure's toast (the microtasks right after it), so by the time the failure's
  // toast is in the DOM a wrong one would be too. Read them once, not with a retrying assertion.
  expect(await toasts.allTextContents()).toEqual([expect.stringContaining('run out of space')]);
  expect((await storedWorkshop(page, workshop.id))?.room.actions).toEqual([]);
});
