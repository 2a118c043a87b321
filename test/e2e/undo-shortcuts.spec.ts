import type { Page } from '@playwright/test';
import type { Workshop } from '../../shared/domain/workshop';
import { expect, openApp, test } from './fixtures';
import { seedWorkshops, storedWorkshop, testId, testWorkshop } from './seed';

/** Undo and redo of workshop edits, and the stage shortcuts, as a facilitator uses them. */

function workshopWithPeople(): Workshop {
  const workshop = testWorkshop('Invoice triage');
  return {
    ...workshop,
    participants: [
      { id: testId(), name: 'Priya Shah', role: 'Head of AP', team: 'operations', present: true },
      { id: testId(), name: 'Tom Berg', role: 'Data scientist', team: 'innovation', present: true },
    ],
  };
}

async function open(page: Page, workshop: Workshop, stage = 'setup') {
  await openApp(page);
  await seedWorkshops(page, [workshop]);
  await page.goto(`./#/workshop/${workshop.id}/${stage}`);
  await expect(page.locator('.stage-kicker')).toBeVisible();
  // The stage shortcuts listen from an effect: wait until the workshop screen says they are live.
  await expect(page.locator('html[data-workshop-ready="true"]')).toHaveCount(1);
}

const stageInUrl = (page: Page) => expect.poll(() => new URL(page.url()).hash.split('/').at(-1));

test('Ctrl+] and Ctrl+[ move between stages; undo takes a stage change back and redo repeats it', async ({ page, problems }) => {
  const workshop = workshopWithPeople();
  await open(page, workshop);

  await page.keyboard.press('Control+]');
  await stageInUrl(page).toBe('end-state');
  await page.keyboard.press('Control+]');
  await stageInUrl(page).toBe('operating-model');
  await page.keyboard.press('Control+[');
  await stageInUrl(page).toBe('end-state');
  await expect.poll(async () => (await storedWorkshop(page, workshop.id))?.meta.currentStage).toBe('end-state');

  // Moving to a stage by mistake: one undo goes back to where the room was.
  await page.getByRole('link', { name: /^Next:/ }).click();
  await stageInUrl(page).toBe('operating-model');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await stageInUrl(page).toBe('end-state');
  await expect.poll(async () => (await storedWorkshop(page, workshop.id))?.meta.currentStage).toBe('end-state');
  await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();

  await page.keyboard.press('Control+Shift+z');
  await stageInUrl(page).toBe('operating-model');
  expect(problems.pageErrors).toEqual([]);
});

test('undo brings back a removed participant and a deleted note; Ctrl+Z inside a field undoes only the typing', async ({ page, problems }) => {
  const workshop = workshopWithPeople();
  await open(page, workshop);
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeDisabled();

  await page.getByRole('button', { name: 'Remove Tom Berg' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of Tom Berg' })).toHaveCount(0);
  await undo.click();
  await expect(page.getByRole('textbox', { name: 'Name of Tom Berg' })).toHaveValue('Tom Berg');
  await expect.poll(async () => (await storedWorkshop(page, workshop.id))?.participants.map((p) => p.name)).toEqual([
    'Priya Shah',
    'Tom Berg',
  ]);

  // A note deleted by mistake comes back with Ctrl+Z (focus outside any text field).
  const composer = page.getByRole('textbox', { name: 'New note' });
  await composer.fill('Who approves a model change?');
  await composer.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Note 1' })).toHaveValue('Who approves a model change?');
  await page.getByRole('button', { name: 'Remove note 1' }).click();
  await expect(page.getByRole('textbox', { name: 'Note 1' })).toHaveCount(0);
  await page.getByRole('heading', { name: 'Room notes' }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('textbox', { name: 'Note 1' })).toHaveValue('Who approves a model change?');
  await expect.poll(async () => (await storedWorkshop(page, workshop.id))?.room.notes.map((n) => n.text)).toEqual([
    'Who approves a model change?',
  ]);

  // In a text field the keys belong to the field: the participant list is left alone.
  const organisation = page.getByRole('textbox', { name: /Organisation/ });
  await organisation.fill('Northwind');
  await organisation.press('Control+z');
  await expect(organisation).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Name of Tom Berg' })).toHaveValue('Tom Berg');
  expect(problems.pageErrors).toEqual([]);
});

test('"?" lists every shortcut, including the room commands', async ({ page }) => {
  await open(page, workshopWithPeople());
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const [action, keys] of [
    ['Undo', 'Ctrl+Z'],
    ['Redo', 'Ctrl+Shift+Z'],
    ['Next stage', 'Ctrl+]'],
    ['Previous stage', 'Ctrl+['],
    ['Start or pause the timer', 'Ctrl+Shift+Space'],
    ['Present on the projector', 'Ctrl+Shift+P'],
    ['Open the parking lot', 'Ctrl+Shift+K'],
    ['New note', 'Ctrl+Shift+Enter'],
  ]) {
    await expect(dialog.getByRole('row', { name: `${action} ${keys}` })).toBeVisible();
  }
});

test('Ctrl+E inside a workshop exports that workshop and stays on it', async ({ page }) => {
  const workshop = workshopWithPeople();
  await open(page, workshop, 'setup');
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+e')]);
  expect(download.suggestedFilename()).toMatch(/Invoice triage\.endfirst$/);
  await expect(page.locator('.stage-kicker')).toBeVisible();
  expect(new URL(page.url()).hash).toBe(`#/workshop/${workshop.id}/setup`);
  // Before the fix the library also took the command and downloaded every workshop as a second file.
  await expect(page.getByRole('button', { name: 'Export all' })).toHaveCount(0);
  expect(downloads).toEqual([download.suggestedFilename()]);
});
