import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Workshop } from '../../shared/domain/workshop';
import { pathKey } from '../../shared/editing/field-path';
import { SAMPLE_WORKSHOP } from '../../shared/method/sample-workshop';
import { sampleIds } from '../../shared/method/sample-workshop-ids';
import { expect, openApp, type PageProblems, test } from './fixtures';
import { seedWorkshops, storedWorkshop } from './seed';

/**
 * Accepted risks and warnings that expire (#12 item 5): accept the sample's ERP-upgrade risk in the
 * pre-mortem, move the calendar past its end date, reopen the plan, and the review has it back as a
 * warning. page.clock fixes "today"; it moves only once the acceptance is stored.
 */

test.describe.configure({ timeout: 120_000 });

/** The sample as it was before anyone accepted the ERP-upgrade risk. */
const sample = (): Workshop => ({
  ...structuredClone(SAMPLE_WORKSHOP),
  preMortemRisks: SAMPLE_WORKSHOP.preMortemRisks.map((risk) => ({ ...risk, acceptance: null })),
});

const seriousViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
};

async function eventually<T>(page: Page, id: string, read: (workshop: Workshop) => T | undefined): Promise<T> {
  let value: T | undefined;
  await expect
    .poll(async () => {
      const stored = await storedWorkshop(page, id);
      value = stored ? read(stored) : undefined;
      return value;
    })
    .not.toBeUndefined();
  return value as T;
}

function expectNoProblems(problems: PageProblems) {
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.offsiteRequests).toEqual([]);
}

const activeField = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-field') ?? null);

test('an accepted risk counts as answered until its date, then comes back as a warning', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date('2027-03-01T10:00:00'));
  const workshop = sample();
  await openApp(page);
  await seedWorkshops(page, [workshop]);

  await page.goto(`./#/workshop/${workshop.id}/end-state`);
  await expect(page.getByText('6 risks · 1 with no answer yet')).toBeVisible();
  await page.getByRole('button', { name: 'Accept risk 6…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Accept risk 6' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Accepted by')).toBeFocused();

  // Nothing filled in: each problem is said next to its field, and nothing is stored.
  await dialog.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(dialog.getByText('Name who accepts it')).toBeVisible();
  await expect(dialog.getByText('Say why it is accepted')).toBeVisible();
  await expect(dialog.getByText('Give an end date')).toBeVisible();
  await expect(dialog.getByLabel('Accepted by')).toBeFocused();
  expect((await storedWorkshop(page, workshop.id))?.preMortemRisks[5]?.acceptance).toBeNull();

  expect(await seriousViolations(page), 'the accept dialog').toEqual([]);
  await page.screenshot({ path: 'test-results/acceptance-dialog.png' });

  await dialog.getByLabel('Accepted by').fill('Henrik Vos');
  await dialog.getByLabel('Why it is accepted').fill('The ERP programme has not fixed the upgrade date yet.');
  await dialog.getByLabel('Accepted until').fill('2027-03-31');
  await dialog.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Change the acceptance of risk 6…' })).toBeFocused();

  const accepted = await eventually(page, workshop.id, (w) => w.preMortemRisks[5]?.acceptance ?? undefined);
  expect(accepted).toEqual({
    acceptedBy: 'Henrik Vos',
    reason: 'The ERP programme has not fixed the upgrade date yet.',
    acceptedOn: '2027-03-01',
    until: '2027-03-31',
  });
  await expect(page.getByText('6 risks, all answered in the plan or accepted · 1 accepted')).toBeVisible();
  await expect(page.getByTestId('acceptance-6')).toContainText('Accepted by Henrik Vos until');
  expect(await seriousViolations(page), 'the pre-mortem with an accepted risk').toEqual([]);
  await page.locator('.premortem').screenshot({ path: 'test-results/acceptance-premortem.png' });

  await page.goto(`./#/workshop/${workshop.id}/review`);
  await expect(page.locator('[data-finding^="risks.unanswered"], [data-finding^="risks.acceptance"]')).toHaveCount(0);
  await expect(page.getByText('Accepted.', { exact: true })).toBeVisible();

  // The last day still counts.
  await page.clock.setFixedTime(new Date('2027-03-31T18:00:00'));
  await page.reload();
  await expect(page.getByTestId('verdict')).toBeVisible();
  await expect(page.locator('[data-finding^="risks.acceptance-expired"]')).toHaveCount(0);

  // The day after, the plan is reopened: the risk is back as a warning, and "Go to…" finds the acceptance.
  await page.clock.setFixedTime(new Date('2027-04-01T09:00:00'));
  await page.reload();
  const expired = page.locator(`[data-finding="risks.acceptance-expired:${sampleIds.risk(6)}"]`);
  await expect(expired).toContainText('An accepted risk has expired');
  await expect(expired).toContainText('accepted by Henrik Vos until');
  await expect(expired).toContainText('now expired');
  await expect(page.getByText('Acceptance lapsed.')).toBeVisible();
  // The lapsed acceptance is not itself acceptable: the risk is accepted again in the pre-mortem.
  await expect(expired.getByRole('button', { name: /^Accept/ })).toHaveCount(0);
  await page.getByRole('region', { name: 'Findings' }).screenshot({ path: 'test-results/acceptance-expired-review.png' });
  await page.getByRole('region', { name: 'Pre-mortem risks and what answers them' }).screenshot({ path: 'test-results/acceptance-expired-risks.png' });

  await expired.getByRole('button', { name: 'Review the accepted risk' }).click();
  await expect(page).toHaveURL(/\/end-state$/);
  await expect.poll(() => activeField(page)).toBe(pathKey(['preMortemRisks', { id: sampleIds.risk(6) }, 'acceptance', 'until']));
  await expect(page.getByTestId('acceptance-6')).toContainText('now expired');
  expectNoProblems(problems);
});

test('a warning accepted in the review is listed apart and not counted until its date', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date('2027-03-01T10:00:00'));
  const workshop = sample();
  await openApp(page);
  await seedWorkshops(page, [workshop]);
  await page.goto(`./#/workshop/${workshop.id}/review`);

  const key = `pilot.input-variety-not-covered:${sampleIds.inputVariety(4)}`;
  await expect(page.getByRole('heading', { name: 'Warnings (5)' })).toBeVisible();
  const finding = page.locator(`[data-finding="${key}"]`);
  await finding.getByRole('button', { name: /^Accept: .*Credit notes in Polish or Turkish…$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Accept this warning' });
  await dialog.getByLabel('Accepted by').fill('Priya Raman');
  await dialog.getByLabel('Why it is accepted').fill('Fewer than ten a month; they go to the manual queue.');
  // A date already past is refused with the reason.
  await dialog.getByLabel('Accepted until').fill('2027-02-01');
  await dialog.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(dialog.getByText('this date has already passed')).toBeVisible();
  await dialog.getByLabel('Accepted until').fill('2027-06-30');
  await dialog.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(dialog).toHaveCount(0);

  const stored = await eventually(page, workshop.id, (w) => (w.acceptedFindings.length === 1 ? w.acceptedFindings[0] : undefined));
  expect(stored).toMatchObject({ findingKey: key, acceptedBy: 'Priya Raman', acceptedOn: '2027-03-01', until: '2027-06-30' });
  await expect(page.getByRole('heading', { name: 'Warnings (4)' })).toBeVisible();
  const acceptedSection = page.getByRole('region', { name: 'Accepted (1)' });
  await expect(acceptedSection).toContainText('Credit notes in Polish or Turkish');
  await expect(acceptedSection).toContainText('Accepted by Priya Raman until');
  expect(await seriousViolations(page), 'the review with an accepted warning').toEqual([]);
  await page.getByRole('region', { name: 'Findings' }).screenshot({ path: 'test-results/acceptance-review-accepted.png' });

  // Past its date the warning is counted again and says so.
  await page.clock.setFixedTime(new Date('2027-07-01T09:00:00'));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Warnings (5)' })).toBeVisible();
  await expect(page.locator(`[data-finding="${key}"]`)).toContainText('now expired');
  await expect(page.getByRole('region', { name: /^Accepted/ })).toHaveCount(0);
  expectNoProblems(problems);
});

test('a blocking finding offers no "Accept…", and the review says why', async ({ page, problems }) => {
  const workshop = { ...sample(), cost: { ...SAMPLE_WORKSHOP.cost, benefitPerYearCents: 0 } };
  await openApp(page);
  await seedWorkshops(page, [workshop]);
  await page.goto(`./#/workshop/${workshop.id}/review`);
  const blocking = page.getByRole('region', { name: /^Blocking/ });
  await expect(blocking.locator('[data-finding^="cost.not-covered"]')).toBeVisible();
  await expect(blocking).toContainText('A blocking finding cannot be accepted');
  await expect(blocking.getByRole('button', { name: /^Accept/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^Warnings/ }).getByRole('button', { name: /^Accept: / }).first()).toBeVisible();
  expectNoProblems(problems);
});
