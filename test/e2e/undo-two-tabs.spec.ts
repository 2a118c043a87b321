import type { BrowserContext, Page } from '@playwright/test';
import type { Workshop } from '../../shared/domain/workshop';
import { expect, openApp, test } from './fixtures';
import { seedWorkshops, storedWorkshop, testId, testWorkshop } from './seed';

/**
 * Undo in one window after another window changed the same workshop: the step lands on the row
 * it was made on (rows are found by id, not by position), or is refused with a message when that
 * row is gone; a neighbouring row is never overwritten.
 */

function workshopWithFour(): Workshop {
  const person = (name: string, role: string) => ({ id: testId(), name, role, team: 'operations' as const, present: true });
  return {
    ...testWorkshop('Invoice triage'),
    participants: [
      person('Priya Shah', 'Head of AP'),
      person('Tom Berg', 'Data scientist'),
      person('Ana Costa', 'Controller'),
      person('Lee Park', 'Ops lead'),
    ],
  };
}

async function openBoth(context: BrowserContext, page: Page, workshop: Workshop): Promise<[Page, Page]> {
  await openApp(page);
  await seedWorkshops(page, [workshop]);
  const other = await context.newPage();
  for (const window of [page, other]) {
    await window.goto(`./#/workshop/${workshop.id}/setup`);
    await expect(window.locator('html[data-workshop-ready="true"]')).toHaveCount(1);
  }
  return [page, other];
}

const roles = async (page: Page, id: string) =>
  Object.fromEntries(((await storedWorkshop(page, id))?.participants ?? []).map((p) => [p.name, p.role]));

/** This window changes Ana's role; the other window then removes someone. */
async function editThenRemoveElsewhere(mine: Page, theirs: Page, workshop: Workshop, removed: string) {
  await mine.getByRole('textbox', { name: 'Role of Ana Costa' }).fill('Finance controller');
  await mine.getByRole('heading', { name: 'Who is in the room', exact: true }).click();
  await expect.poll(() => roles(mine, workshop.id)).toMatchObject({ 'Ana Costa': 'Finance controller' });
  await theirs.getByRole('button', { name: `Remove ${removed}` }).click();
  await expect(mine.getByRole('textbox', { name: `Name of ${removed}` })).toHaveCount(0);
}

test('undo after another window removed a row above takes back the edit on the same row', async ({ context, page, problems }) => {
  const workshop = workshopWithFour();
  const [mine, theirs] = await openBoth(context, page, workshop);
  await editThenRemoveElsewhere(mine, theirs, workshop, 'Priya Shah');

  await mine.getByRole('button', { name: 'Undo' }).click();
  await expect(mine.getByRole('status')).toContainText('Undone.');
  await expect.poll(() => roles(mine, workshop.id)).toEqual({ 'Tom Berg': 'Data scientist', 'Ana Costa': 'Controller', 'Lee Park': 'Ops lead' });
  await expect(mine.getByRole('textbox', { name: 'Role of Lee Park' })).toHaveValue('Ops lead');
  expect(problems.pageErrors).toEqual([]);
});

test('undo of an edit to a row another window removed is refused with a message and changes nothing', async ({ context, page, problems }) => {
  const workshop = workshopWithFour();
  const [mine, theirs] = await openBoth(context, page, workshop);
  await editThenRemoveElsewhere(mine, theirs, workshop, 'Ana Costa');
  const before = await storedWorkshop(mine, workshop.id);

  await mine.getByRole('button', { name: 'Undo' }).click();
  await expect(mine.getByRole('status')).toContainText('This workshop changed in another window; undo was not applied.');
  expect(await storedWorkshop(mine, workshop.id)).toEqual(before);
  expect(await roles(mine, workshop.id)).toEqual({ 'Priya Shah': 'Head of AP', 'Tom Berg': 'Data scientist', 'Lee Park': 'Ops lead' });
  // Nothing left that could still land on the wrong row.
  await expect(mine.getByRole('button', { name: 'Undo' })).toBeDisabled();
  expect(problems.pageErrors).toEqual([]);
});
