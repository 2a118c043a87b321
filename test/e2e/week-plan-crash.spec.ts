import type { BrowserContext, Page } from '@playwright/test';
import type { Workshop } from '../../shared/domain/workshop';
import { expect, openApp, test } from './fixtures';
import { seedWorkshops, storedWorkshop, testId, testWorkshop } from './seed';

/**
 * A week's focus is typed, and the window is gone within 50 ms: long before the 200 ms debounce
 * commits it to IndexedDB. Only the keystroke journal has it; the next start must replay it.
 * The page is closed without its unload handlers, as a crash or a killed process would.
 */
const TYPED = 'Shadow the service desk on every escalation';

async function openTransition(page: Page, workshop: Workshop) {
  await openApp(page, `#/workshop/${workshop.id}/transition`);
  await expect(page.getByRole('textbox', { name: 'Week 1 focus' })).toBeVisible();
}

async function typeThenCrash(page: Page, field: string): Promise<number> {
  const input = page.getByRole('textbox', { name: field });
  await input.click();
  await input.pressSequentially(TYPED);
  const typedAt = Date.now();
  await page.close({ runBeforeUnload: false });
  return Date.now() - typedAt;
}

async function reopen(context: BrowserContext, workshop: Workshop, field: string) {
  const page = await context.newPage();
  await openTransition(page, workshop);
  await expect(page.getByRole('textbox', { name: field })).toHaveValue(TYPED);
  await expect.poll(async () => (await storedWorkshop(page, workshop.id))?.transition.weekPlan.find((row) => row.focus === TYPED)?.week).toBe(
    Number(field.match(/\d+/)?.[0]),
  );
}

function fourWeekWorkshop(title: string, change: (workshop: Workshop) => void = () => {}): Workshop {
  const workshop = testWorkshop(title);
  workshop.transition.weeks = 4;
  change(workshop);
  return workshop;
}

test('a week focus typed into a week that already has a row survives a crash 50 ms later', async ({ page, context }) => {
  const workshop = fourWeekWorkshop('Crash, existing row', (w) => {
    w.transition.weekPlan = [{ id: testId(), week: 2, focus: '' }];
  });
  await openApp(page);
  await seedWorkshops(page, [workshop]);
  await openTransition(page, workshop);
  const closedAfter = await typeThenCrash(page, 'Week 2 focus');
  expect(closedAfter).toBeLessThan(50);
  await reopen(context, workshop, 'Week 2 focus');
});

test('a week focus typed into a week nobody had written for survives a crash 50 ms later', async ({ page, context }) => {
  const workshop = fourWeekWorkshop('Crash, new row');
  await openApp(page);
  await seedWorkshops(page, [workshop]);
  await openTransition(page, workshop);
  const closedAfter = await typeThenCrash(page, 'Week 3 focus');
  expect(closedAfter).toBeLessThan(50);
  await reopen(context, workshop, 'Week 3 focus');
});
