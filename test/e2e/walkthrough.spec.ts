import type { Page } from '@playwright/test';
import { WorkshopSchema } from '../../shared/domain/workshop';
import { DEFAULT_RACI_ACTIVITIES } from '../../shared/method/raci';
import { DEFAULT_STANDARDS } from '../../shared/method/standards';
import { expect, openApp, test } from './fixtures';
import { storedWorkshop } from './seed';

/** Goes to a stage through the stage rail, as a facilitator would. */
async function openStage(page: Page, shortTitle: string) {
  await page.getByRole('navigation', { name: 'Workshop stages' }).getByRole('link', { name: new RegExp(`^${shortTitle} ,`) }).click();
}

async function verdict(page: Page): Promise<string> {
  await openStage(page, 'Review');
  return (await page.getByTestId('verdict').textContent()) ?? '';
}

/**
 * Issue 4's acceptance walk: a new workshop, taken through every stage in the method's order.
 * The verdict starts at "Do not start" and reaches "Ready to start the pilot" only when every gap
 * shared/method/METHOD.md names is closed. Setup is done by keyboard alone.
 */
test('a new workshop walked through every stage goes from "Do not start" to "Ready to start the pilot"', async ({
  page,
  problems,
}) => {
  test.setTimeout(240_000);
  await openApp(page);

  // The library: a new workshop from the Full template.
  await page.getByRole('button', { name: 'New workshop' }).first().click();
  await page.getByLabel('Title').fill('Claims triage assistant');
  await page.getByRole('dialog').getByRole('button', { name: 'Create workshop' }).click();
  await expect(page).toHaveURL(/#\/workshop\/[0-9a-f-]+\/setup$/);
  const workshopId = /workshop\/([0-9a-f-]+)\//.exec(page.url())?.[1] ?? '';

  expect(await verdict(page)).toBe('Do not start');

  // 0 Setup, by keyboard only: Tab between fields, Enter on buttons, type-ahead in selects.
  await openStage(page, 'Setup');
  await page.getByLabel('Facilitator').focus();
  await page.keyboard.type('Jo Whitfield');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Sort incoming claims by type and urgency for the claims handlers.');
  await page.keyboard.press('Tab'); // the participants list is next: "Add participant"
  await expect(page.getByRole('button', { name: 'Add participant' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Name of participant 1')).toBeFocused();
  await page.keyboard.type('Priya Raman');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Head of claims operations'); // team stays Operations, the default
  await page.getByRole('button', { name: 'Add participant' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Name of participant 2')).toBeFocused();
  await page.keyboard.type('Maria Jensen');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Innovation lead');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Inno'); // type-ahead in the team select
  await expect(page.getByLabel('Team of Maria Jensen')).toHaveValue('innovation');
  expect(await verdict(page)).toBe('Do not start'); // operations is here now, but nobody runs it yet

  // 1 End state and the pre-mortem.
  await openStage(page, 'End state');
  await page.getByLabel('What runs', { exact: true }).fill('A classifier that sorts every incoming claim.');
  await page.getByRole('button', { name: 'Add risk' }).click();
  await page.getByLabel('Risk 1', { exact: true }).fill('Claims handlers stop trusting the urgency flag.');

  // 2 Who runs it.
  await openStage(page, 'Who runs it');
  await page.getByLabel('Operational owner', { exact: true }).selectOption({ label: 'Priya Raman — Operations' });
  await page.getByRole('checkbox', { name: 'Owner confirmed' }).click();
  await expect(page.getByLabel('Confirmed on', { exact: true })).not.toHaveValue('');
  // The quality gate every change must pass, and when the model reaches its end of life.
  await page.getByLabel('Golden set size').fill('400');
  await page.getByLabel('Pass threshold').fill('95% of claims sorted correctly');
  await page.getByLabel('Model end of life').fill('2028-03-31');
  await page.getByLabel('Model end of life').blur();

  // 3 Production standards: criteria and an owner for each of the ten.
  await openStage(page, 'Standards');
  await page.getByRole('button', { name: 'Show all details' }).click();
  for (const { name } of DEFAULT_STANDARDS) {
    await page.getByLabel(`Acceptance criteria for ${name}`, { exact: true }).fill(`${name}: agreed criteria.`);
    await page.getByLabel(`Owner of ${name}`, { exact: true }).fill('Priya Raman');
  }

  // 4 Lifecycle cost: the worked example of shared/method/METHOD.md, with a benefit that covers it.
  await openStage(page, 'Cost');
  await page.getByLabel('Prototype', { exact: true }).fill('50k');
  await page.getByLabel('Transition to production').fill('150,000');
  await page.getByLabel('Operations per year').fill('40k');
  await page.getByLabel('Maintenance per year').fill('20k');
  await page.getByLabel('Horizon in years').fill('3');
  await page.getByLabel('Benefit per year').fill('30k');
  await expect(page.getByText('It does not: the pilot should not start')).toBeVisible();
  expect(await verdict(page)).toBe('Do not start'); // an owner, but a business case that does not cover the lifecycle
  await openStage(page, 'Cost');
  await page.getByLabel('Benefit per year').fill('400k');
  // Running cost approved for the whole horizon, and money to re-validate after a model change.
  await page.getByLabel('Running cost approved for (years)').fill('3');
  await page.getByLabel('Re-validation budget per year').fill('10k');
  await page.getByLabel('Re-validation budget per year').blur();
  await expect(page.getByText('The business case covers the full lifecycle')).toBeVisible();

  // 5 Ownership: exactly one Accountable and at least one Responsible on every row.
  await openStage(page, 'Ownership');
  for (const { name } of DEFAULT_RACI_ACTIVITIES) {
    await page.getByLabel(`Operations role in ${name}`).selectOption('A');
    await page.getByLabel(`Innovation role in ${name}`).selectOption('R');
  }

  // 6 Transition: a blended team for six weeks.
  await openStage(page, 'Transition');
  await page.getByLabel('Transition team side of Priya Raman').selectOption({ label: 'Operations side' });
  await page.getByLabel('Transition team side of Maria Jensen').selectOption({ label: 'Innovation side' });
  await page.getByLabel('Length in weeks').fill('6');
  expect(await verdict(page)).toBe('Fix before starting');

  // 7 The pilot: a hypothesis that tests a standard, realistic data, a decider.
  await openStage(page, 'Pilot');
  await page.getByRole('button', { name: 'Add hypothesis' }).click();
  await page.getByLabel('Hypothesis 1: what we believe').fill('The classifier meets the security review on real claims.');
  await page.getByLabel('Add what hypothesis 1 tests').selectOption({ label: 'Standard: Security review' });
  await page.getByRole('button', { name: 'Add link to hypothesis 1' }).click();
  await page.getByLabel('Messy formats (scans, odd layouts, other languages)').check();
  await page.getByLabel('Missing fields').check();
  await page.getByRole('button', { name: 'Make Priya Raman the decider' }).click();

  // 8 Review: answer the pre-mortem risk, and the plan is ready.
  await openStage(page, 'Review');
  await page.getByLabel('Answered by… (risk 1)').selectOption({ label: 'Standard: Monitoring and alerting' });
  await page.getByRole('button', { name: 'Link answer to risk 1' }).click();
  await expect(page.getByTestId('verdict')).toHaveText('Ready to start the pilot');

  // What is on disk is a valid workshop: it exports, backs up and imports again.
  const stored = await storedWorkshop(page, workshopId);
  const parsed = WorkshopSchema.safeParse(stored);
  expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  expect(problems).toEqual({ consoleErrors: [], pageErrors: [], offsiteRequests: [] });
});
