import type { BrowserContext, Page } from '@playwright/test';
import type { Workshop } from '../../shared/domain/workshop';
import { JOURNAL_KEY_PREFIX, type JournalEntry } from '../../renderer/src/editing/journal';
import { expect, openApp, test } from './fixtures';
import { seedWorkshops, storedWorkshop, testId, testWorkshop } from './seed';

/**
 * A week's focus is typed, and the window is gone before the 200 ms debounce commits it to
 * IndexedDB. Only the keystroke journal has it; the next start must replay it. The page is closed
 * without its beforeunload handlers (`runBeforeUnload: false`). Chromium still fires pagehide and
 * unload then, so the app's flush starts, but the page is gone before that IndexedDB write lands;
 * with the replay switched off this test fails, so it is the journal that brings the text back.
 *
 * "Before the debounce" is a state, not a stopwatch reading: the page's clock is paused while the
 * text is typed, so the debounce cannot fire, and the test shows the record on disk does not hold
 * the text (while the journal does) at the moment the page closes.
 */
const TYPED = 'Shadow the service desk on every escalation';

async function openTransition(page: Page, workshop: Workshop) {
  await openApp(page, `#/workshop/${workshop.id}/transition`);
  await expect(page.getByRole('textbox', { name: 'Week 1 focus' })).toBeVisible();
}

const weekOf = (field: string) => Number(field.match(/\d+/)?.[0]);
const rowOf = (workshop: Workshop | undefined, week: number) => workshop?.transition.weekPlan.find((row) => row.week === week);

/** What the journal holds for the typed text: one entry per field, in localStorage. */
const journalledValues = (page: Page) =>
  page.evaluate((prefix) => {
    const values: unknown[] = [];
    for (let index = 0; index < localStorage.length; index += 1) {
      const key = localStorage.key(index);
      if (key?.startsWith(prefix)) values.push((JSON.parse(localStorage.getItem(key) ?? 'null') as JournalEntry | null)?.value);
    }
    return values;
  }, JOURNAL_KEY_PREFIX);

async function typeThenCrash(page: Page, workshop: Workshop, field: string) {
  // From here on no timer of the page fires: the debounced commit stays pending however slow the machine.
  await page.clock.pauseAt(Date.now() + 1_000);
  const input = page.getByRole('textbox', { name: field });
  await input.click();
  // A week without a row gets one when its field takes focus (a Dexie write, no timer involved).
  await expect.poll(async () => rowOf(await storedWorkshop(page, workshop.id), weekOf(field))?.focus).toBe('');
  await input.pressSequentially(TYPED);
  await expect(input).toHaveValue(TYPED);

  // The premise, shown by state: the record on disk lacks the text, the journal has it.
  expect(rowOf(await storedWorkshop(page, workshop.id), weekOf(field))?.focus).toBe('');
  expect(await journalledValues(page)).toContain(TYPED);
  await page.close({ runBeforeUnload: false });
}

async function reopen(context: BrowserContext, workshop: Workshop, field: string) {
  // Time runs again for the next start (the clock belongs to the context, not the closed page).
  await context.clock.resume();
  const page = await context.newPage();
  await openTransition(page, workshop);
  await expect(page.getByRole('textbox', { name: field })).toHaveValue(TYPED);
  await expect.poll(async () => rowOf(await storedWorkshop(page, workshop.id), weekOf(field))?.focus).toBe(TYPED);
  await expect.poll(() => journalledValues(page)).toEqual([]);
}

function fourWeekWorkshop(title: string, change: (workshop: Workshop) => void = () => {}): Workshop {
  const workshop = testWorkshop(title);
  workshop.transition.weeks = 4;
  change(workshop);
  return workshop;
}

async function openWithClock(page: Page, workshop: Workshop) {
  // Installed before the app loads, so every timer the app sets is one the test can hold.
  await page.clock.install();
  await openApp(page);
  await seedWorkshops(page, [workshop]);
  await openTransition(page, workshop);
}

test('a week focus typed into a week that already has a row survives a crash before the debounced commit', async ({ page, context }) => {
  const workshop = fourWeekWorkshop('Crash, existing row', (w) => {
    w.transition.weekPlan = [{ id: testId(), week: 2, focus: '' }];
  });
  await openWithClock(page, workshop);
  await typeThenCrash(page, workshop, 'Week 2 focus');
  await reopen(context, workshop, 'Week 2 focus');
});

test('a week focus typed into a week nobody had written for survives a crash before the debounced commit', async ({ page, context }) => {
  const workshop = fourWeekWorkshop('Crash, new row');
  await openWithClock(page, workshop);
  await typeThenCrash(page, workshop, 'Week 3 focus');
  await reopen(context, workshop, 'Week 3 focus');
});
