import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { Workshop } from '../../shared/domain/workshop';
import { SAMPLE_WORKSHOP } from '../../shared/method/sample-workshop';
import { expect, openApp, test, type PageProblems } from './fixtures';
import { seedWorkshops, storedWorkshop, testWorkshop } from './seed';

/** Stage 4 (lifecycle cost) and stage 5 (ownership), driven the way a facilitator drives them. */

async function openStage(page: Page, workshop: Workshop, stage: 'cost' | 'ownership') {
  await openApp(page);
  await seedWorkshops(page, [workshop]);
  await page.goto(`./#/workshop/${workshop.id}/${stage}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** What IndexedDB holds, polled until it matches: autosave commits within a fraction of a second. */
async function expectStored<T>(page: Page, id: string, read: (workshop: Workshop) => T, expected: T) {
  await expect.poll(async () => read((await storedWorkshop(page, id))!)).toEqual(expected);
}

function expectNoProblems(problems: PageProblems) {
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.offsiteRequests).toEqual([]);
}

const figure = (page: Page, label: string) => page.locator('.cost-figure', { has: page.getByText(label, { exact: true }) }).locator('.cost-figure-value');
const gate = (page: Page) => page.getByRole('status').filter({ has: page.locator('.cost-gate-headline') });

test.describe('lifecycle cost', () => {
  test('amounts typed the way people say them are stored in cents and add up live', async ({ page, problems }) => {
    const workshop = testWorkshop('Cost from scratch'); // USD, nothing entered
    await openStage(page, workshop, 'cost');
    await expect(gate(page)).toContainText('Incomplete: enter prototype cost, transition cost');
    await expect(page.getByText('The chart appears once every figure and the horizon are entered.')).toBeVisible();

    await page.getByLabel('Prototype', { exact: true }).fill('50k');
    await page.getByLabel('Transition to production').fill('150,000');
    await page.getByLabel('Operations per year').fill('20k');
    await page.getByLabel('Maintenance per year').fill('10k');
    await page.getByLabel('Horizon in years').fill('3');
    await page.getByLabel('Benefit per year').fill('1.2m');
    await page.getByLabel('Benefit per year').blur();

    await expectStored(page, workshop.id, (w) => w.cost, {
      ...workshop.cost,
      prototypeCents: 5_000_000,
      transitionCents: 15_000_000,
      operationsPerYearCents: 2_000_000,
      maintenancePerYearCents: 1_000_000,
      benefitPerYearCents: 120_000_000,
      horizonYears: 3,
    });
    // On blur the typed shorthand is written out in full.
    await expect(page.getByLabel('Prototype', { exact: true })).toHaveValue('50,000');
    await expect(page.getByLabel('Benefit per year')).toHaveValue('1,200,000');

    await expect(figure(page, 'Total lifecycle cost')).toHaveText('$290,000');
    await expect(figure(page, 'Total benefit')).toHaveText('$3,600,000');
    await expect(figure(page, 'Net value')).toHaveText('$3,310,000');
    await expect(figure(page, 'Return')).toHaveText('1,141%');
    await expect(figure(page, 'Payback')).toHaveText('Month 3');
    await expect(figure(page, 'Transition ÷ prototype')).toHaveText('3× prototype');
    await expect(page.getByText('the usual is about 3×.')).toBeVisible();
    await expect(gate(page)).toHaveText('The business case covers the full lifecycle');
    expectNoProblems(problems);
  });

  test('negative and nonsense amounts get a message and store nothing', async ({ page, problems }) => {
    // Held clock: no confirmation toast dismisses itself, so the n-th "All changes saved" is the n-th toast.
    await page.clock.install();
    await openStage(page, SAMPLE_WORKSHOP, 'cost');
    await page.clock.pauseAt(Date.now() + 1_000);
    const confirmations = page.locator('.toast', { hasText: 'All changes saved' });
    /** Ctrl+S resolves once every edit typed so far (and the blur's own flush) has landed: what is on disk then is final. */
    const everythingLanded = async (times: number) => {
      await page.keyboard.press('Control+s');
      await expect(confirmations).toHaveCount(times);
    };
    const prototype = page.getByLabel('Prototype', { exact: true });
    await expect(prototype).toHaveValue('60,000');

    await prototype.fill('-5');
    await expect(page.getByRole('alert')).toContainText('Amounts cannot be negative');
    await expect(prototype).toHaveAttribute('aria-invalid', 'true');

    await prototype.fill('lots');
    await expect(page.getByRole('alert')).toContainText('Enter an amount like 50k, 1.2m or 150,000');
    await prototype.blur();
    await everythingLanded(1);
    expect((await storedWorkshop(page, SAMPLE_WORKSHOP.id))?.cost).toEqual(SAMPLE_WORKSHOP.cost);
    await expect(page.locator('main')).not.toContainText('NaN');
    await expect(figure(page, 'Total lifecycle cost')).toHaveText('€464,000');

    const horizon = page.getByLabel('Horizon in years');
    await horizon.fill('25');
    await expect(page.getByRole('alert').filter({ hasText: 'Enter a whole number from 0 to 20' })).toBeVisible();
    await horizon.blur();
    await everythingLanded(2);
    expect((await storedWorkshop(page, SAMPLE_WORKSHOP.id))?.cost.horizonYears).toBe(3);
    expectNoProblems(problems);
  });

  test('the gate switches between covering and not covering as the benefit changes', async ({ page, problems }) => {
    await openStage(page, SAMPLE_WORKSHOP, 'cost');
    await expect(gate(page)).toHaveText('The business case covers the full lifecycle');
    await expect(figure(page, 'Payback')).toHaveText('Month 16');
    await expect(page.getByText('after go-live, by October 1, 2028')).toBeVisible();

    const benefit = page.getByLabel('Benefit per year');
    await benefit.fill('100k');
    await expect(gate(page)).toContainText('It does not: the pilot should not start');
    await expect(figure(page, 'Net value')).toHaveText('-€164,000');
    await expect(figure(page, 'Payback')).toHaveText('Not within the horizon');
    await expectStored(page, SAMPLE_WORKSHOP.id, (w) => w.cost.benefitPerYearCents, 10_000_000);

    await benefit.fill('260k');
    await expect(gate(page)).toHaveText('The business case covers the full lifecycle');

    await benefit.fill('');
    await expect(gate(page)).toContainText('Incomplete: enter yearly benefit');
    await expectStored(page, SAMPLE_WORKSHOP.id, (w) => w.cost.benefitPerYearCents, null);
    expectNoProblems(problems);
  });

  test('the chart has a name and the same numbers as a table: one row per year plus go-live', async ({ page, problems }) => {
    await openStage(page, SAMPLE_WORKSHOP, 'cost');
    await expect(page.getByRole('img', { name: 'Cumulative cost and benefit over 3 years' })).toBeVisible();
    await page.getByText('Show the numbers').click();
    const table = page.getByRole('table', { name: /Cumulative cost, benefit and net value by year/ });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(4);
    await expect(rows.first().getByRole('cell')).toHaveText(['€230,000', '€0', '-€230,000']);
    await expect(rows.last().getByRole('cell')).toHaveText(['€464,000', '€780,000', '€316,000']);

    await page.getByLabel('Horizon in years').fill('5');
    await expect(rows).toHaveCount(6);
    await expect(page.getByRole('img', { name: 'Cumulative cost and benefit over 5 years' })).toBeVisible();
    expectNoProblems(problems);
  });

  test('JPY amounts show no decimals, and the stored cents keep their meaning', async ({ page, problems }) => {
    await openStage(page, SAMPLE_WORKSHOP, 'cost');
    const prototype = page.getByLabel('Prototype', { exact: true });
    await prototype.fill('60,000.50');
    await prototype.blur();
    await expect(figure(page, 'Total lifecycle cost')).toHaveText('€464,000.50');

    await page.getByLabel('Currency').selectOption('JPY');
    await expectStored(page, SAMPLE_WORKSHOP.id, (w) => w.cost.currency, 'JPY');
    // 46,400,050 cents are ¥464,000.5: shown as whole yen.
    await expect(figure(page, 'Total lifecycle cost')).toHaveText('¥464,001');
    const amounts = (await page.locator('.cost-figure-value').allTextContents()).filter((text) => text.includes('¥'));
    expect(amounts).toHaveLength(3); // cost, benefit, net
    for (const amount of amounts) expect(amount).not.toMatch(/\.\d/);
    await page.getByText('Show the numbers').click();
    for (const cell of await page.locator('.cost-table td').allTextContents()) expect(cell).not.toMatch(/\.\d/);

    await prototype.fill('1.5');
    await expect(page.getByRole('alert')).toContainText('JPY amounts have no decimal places');
    await prototype.fill('50k');
    await expectStored(page, SAMPLE_WORKSHOP.id, (w) => w.cost.prototypeCents, 5_000_000); // ¥50,000
    await expect(figure(page, 'Total lifecycle cost')).toHaveText('¥454,000');
    await prototype.blur();
    await expect(prototype).toHaveValue('50,000');
    expectNoProblems(problems);
  });

  test('a cleared go-live date is stored as no date, not an empty string', async ({ page, problems }) => {
    await openStage(page, SAMPLE_WORKSHOP, 'cost');
    const goLive = page.getByLabel('Go-live date');
    await expect(goLive).toHaveValue('2027-06-01');
    await goLive.fill('');
    await goLive.blur();
    await expectStored(page, SAMPLE_WORKSHOP.id, (w) => w.cost.goLiveDate, null);
    await expect(page.getByText('after go-live', { exact: true })).toBeVisible();
    await goLive.fill('2027-09-01');
    await expectStored(page, SAMPLE_WORKSHOP.id, (w) => w.cost.goLiveDate, '2027-09-01');
    await expect(page.getByText('after go-live, by January 1, 2029')).toBeVisible();
    expectNoProblems(problems);
  });
});

const row = (page: Page, activity: string) => page.getByRole('row', { name: activity });

test.describe('ownership (RACI)', () => {
  test('setting an Accountable and a Responsible in a row clears its violation', async ({ page, problems }) => {
    const workshop = testWorkshop('RACI from scratch');
    await openStage(page, workshop, 'ownership');
    const incidents = row(page, 'Out-of-hours incidents');
    await expect(incidents).toContainText('No one accountable');
    await expect(incidents).toContainText('No one responsible');
    await expect(page.getByText('0 of 9 activities are properly owned.')).toBeVisible();

    await page.getByLabel('Operations role in Out-of-hours incidents').selectOption('A');
    await expect(incidents).not.toContainText('No one accountable');
    await expect(incidents).toContainText('No one responsible');
    await page.getByLabel('IT / Security role in Out-of-hours incidents').selectOption('R');
    await expect(incidents).not.toContainText('No one responsible');
    await expect(incidents).toContainText('Owned');
    await expect(page.getByText('1 of 9 activities are properly owned.')).toBeVisible();

    const activity = workshop.raci.activities.find((a) => a.key === 'out-of-hours-incidents')!;
    const [operations, security] = ['operations', 'it-security'].map((team) => workshop.raci.parties.find((p) => p.team === team)!.id);
    await expectStored(page, workshop.id, (w) => w.raci.activities.find((a) => a.id === activity.id)?.assignments, {
      [operations!]: 'A',
      [security!]: 'R',
    });

    // "—" takes the letter away again.
    await page.getByLabel('Operations role in Out-of-hours incidents').selectOption('');
    await expect(incidents).toContainText('No one accountable');
    await expectStored(page, workshop.id, (w) => w.raci.activities.find((a) => a.id === activity.id)?.assignments, {
      [security!]: 'R',
    });
    expectNoProblems(problems);
  });

  test('two Accountables in a row show the violation until one is changed', async ({ page, problems }) => {
    await openStage(page, SAMPLE_WORKSHOP, 'ownership');
    const incidents = row(page, 'Out-of-hours incidents');
    await expect(incidents).toContainText('2 accountable — exactly one');
    await expect(page.getByText('9 of 10 activities are properly owned.')).toBeVisible();

    await page.getByLabel('IT service desk role in Out-of-hours incidents').selectOption('R');
    await expect(incidents).not.toContainText('accountable');
    await expect(page.getByText('All 10 activities have one Accountable and a Responsible.')).toBeVisible();

    const support = row(page, 'User support');
    await page.getByLabel('Innovation Lab role in User support').selectOption('A');
    await expect(support).toContainText('2 accountable — exactly one');
    expectNoProblems(problems);
  });

  test('an activity can be added, named and removed; the nine defaults cannot be removed', async ({ page, problems }) => {
    const workshop = testWorkshop('Own activities');
    await openStage(page, workshop, 'ownership');
    await expect(page.getByRole('button', { name: /^Remove Build the pilot/ })).toHaveCount(0);

    await page.getByRole('button', { name: 'Add activity' }).click();
    const name = page.getByLabel('Name of activity 10');
    await expect(name).toBeFocused();
    await name.fill('Supplier onboarding');
    await expect(page.getByLabel('Innovation role in Supplier onboarding')).toBeVisible();
    await expectStored(page, workshop.id, (w) => w.raci.activities.map((a) => a.name).at(-1), 'Supplier onboarding');
    await expectStored(page, workshop.id, (w) => w.raci.activities.at(-1)?.key, 'custom');

    await page.getByRole('button', { name: 'Remove Supplier onboarding' }).click();
    await expect(page.getByLabel('Name of activity 10')).toHaveCount(0);
    await expectStored(page, workshop.id, (w) => w.raci.activities.length, 9);
    expectNoProblems(problems);
  });

  test('a column can be added (a team, a participant, anyone by name) and removed with its letters', async ({ page, problems }) => {
    await openStage(page, SAMPLE_WORKSHOP, 'ownership');
    const addColumn = page.getByLabel('Add a column');
    const options = await addColumn.locator('option').allTextContents();
    expect(options).toContain('Legal / Risk');
    expect(options).toContain('Maria Jensen');
    expect(options).not.toContain('Priya Raman'); // already a column
    expect(options).not.toContain('Operations'); // already a team column (AP team)

    await addColumn.selectOption({ label: 'Maria Jensen' });
    await page.getByRole('button', { name: 'Add column' }).click();
    await expect(page.getByRole('columnheader', { name: /Maria Jensen/ })).toBeVisible();
    await expect(page.getByLabel('Maria Jensen role in Build the pilot')).toBeFocused();

    await addColumn.selectOption({ label: 'Someone else, by name…' });
    await page.getByLabel('Name of the person').fill('Lena Ruiz');
    await page.getByRole('button', { name: 'Add column' }).click();
    await expect(page.getByRole('columnheader', { name: /Lena Ruiz/ })).toBeVisible();
    await expectStored(page, SAMPLE_WORKSHOP.id, (w) => w.raci.parties.map((p) => p.label).slice(-2), ['Maria Jensen', 'Lena Ruiz']);

    // Removing FP&A takes its R in "Operations budget" with it: that row loses its Responsible.
    const budget = row(page, 'Operations budget');
    await expect(budget).toContainText('Owned');
    await page.getByRole('button', { name: 'Remove column FP&A' }).click();
    await expect(page.getByRole('columnheader', { name: /FP&A/ })).toHaveCount(0);
    await expect(budget).toContainText('No one responsible');
    const fpa = SAMPLE_WORKSHOP.raci.parties.find((p) => p.label === 'FP&A')!.id;
    await expectStored(page, SAMPLE_WORKSHOP.id, (w) => w.raci.activities.some((a) => Object.hasOwn(a.assignments, fpa)), false);
    await expectStored(page, SAMPLE_WORKSHOP.id, (w) => w.raci.parties.length, 9);
    expectNoProblems(problems);
  });

  test('the whole matrix works by keyboard alone', async ({ page, problems }) => {
    const workshop = testWorkshop('Keyboard RACI');
    await openStage(page, workshop, 'ownership');

    const tabTo = async (target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') => {
      for (let presses = 0; presses < 120; presses += 1) {
        if (await target.evaluate((element) => element === document.activeElement)) return;
        await page.keyboard.press(key);
      }
      throw new Error('never reached by Tab');
    };

    // A row: type the letter into each cell.
    await tabTo(page.getByLabel('Innovation role in Build the pilot'));
    await page.keyboard.type('r');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Operations role in Build the pilot')).toBeFocused();
    await page.keyboard.type('c');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Finance role in Build the pilot')).toBeFocused();
    await page.keyboard.type('i');
    await expect(row(page, 'Build the pilot')).toContainText('No one accountable');
    await page.keyboard.press('Tab');
    await page.keyboard.type('a');
    await expect(row(page, 'Build the pilot')).toContainText('Owned');

    // A new row: Enter on "Add activity" lands in its name, Tab goes on to its cells.
    await tabTo(page.getByRole('button', { name: 'Add activity' }));
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Name of activity 10')).toBeFocused();
    await page.keyboard.type('Supplier onboarding');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Remove Supplier onboarding' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.type('a');
    await page.keyboard.press('Tab');
    await page.keyboard.type('r');
    await expect(row(page, 'Supplier onboarding')).toContainText('Owned');

    const [innovation, operations, , , finance, business] = workshop.raci.parties.map((p) => p.id);
    const build = workshop.raci.activities[0]!.id;
    await expectStored(page, workshop.id, (w) => w.raci.activities.find((a) => a.id === build)?.assignments, {
      [innovation!]: 'R',
      [operations!]: 'C',
      [finance!]: 'I',
      [business!]: 'A',
    });
    await expectStored(page, workshop.id, (w) => w.raci.activities.at(-1), {
      id: expect.any(String) as unknown as string,
      key: 'custom',
      name: 'Supplier onboarding',
      assignments: { [innovation!]: 'A', [operations!]: 'R' },
    });

    // And out again: back to its remove button, Enter.
    await tabTo(page.getByRole('button', { name: 'Remove Supplier onboarding' }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expectStored(page, workshop.id, (w) => w.raci.activities.length, 9);

    // A column by keyboard: choose, Tab to the button, Enter.
    await tabTo(page.getByLabel('Add a column'));
    await page.keyboard.type('L'); // Legal / Risk
    await expect(page.getByLabel('Add a column')).toHaveValue('team:legal-risk');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Legal / Risk role in Build the pilot')).toBeFocused();
    expectNoProblems(problems);
  });
});

test.describe('accessibility', () => {
  for (const stage of ['cost', 'ownership'] as const) {
    for (const [name, make] of [
      ['the sample workshop', () => SAMPLE_WORKSHOP],
      ['an empty workshop', () => testWorkshop('Empty')],
    ] as const) {
      // Dark is checked on the full sample only: the tokens are the same, the sample has every element.
      for (const scheme of name === 'the sample workshop' ? (['light', 'dark'] as const) : (['light'] as const)) {
        test(`${stage} with ${name}, ${scheme}: no serious or critical axe violations`, async ({ page, problems }) => {
          test.setTimeout(120_000); // axe checks the contrast of every cell of the matrix; slow on a busy machine
          await page.emulateMedia({ colorScheme: scheme });
          await openStage(page, make(), stage);
          if (stage === 'cost' && name === 'the sample workshop') await page.getByText('Show the numbers').click();
          const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
          const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
          expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
          expectNoProblems(problems);
        });
      }
    }
  }
});
