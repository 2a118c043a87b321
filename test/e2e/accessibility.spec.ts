import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SAMPLE_WORKSHOP } from '../../shared/method/sample-workshop';
import { expect, openApp, test } from './fixtures';
import { seedWorkshops, testWorkshop } from './seed';

/**
 * Fills the one gap in the axe coverage: the library (library.spec.ts), end state to standards
 * (stages-production.spec.ts), cost and ownership (stages-cost-ownership.spec.ts) and transition,
 * pilot and review (stages-transition-pilot-review.spec.ts) are checked where they are built;
 * the setup stage was not. The presenter view and print route are checked in their own specs.
 */
const seriousViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
};

test('the setup stage has no serious or critical axe violations (sample light and dark, empty)', async ({ page, problems }) => {
  test.slow(); // three full axe runs on a busy two-core machine
  const empty = testWorkshop('Empty for axe');
  await openApp(page);
  await seedWorkshops(page, [SAMPLE_WORKSHOP, empty]);
  for (const [workshop, scheme] of [
    [SAMPLE_WORKSHOP, 'light'],
    [SAMPLE_WORKSHOP, 'dark'],
    [empty, 'light'],
  ] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`./#/workshop/${workshop.id}/setup`);
    await expect(page.getByRole('heading', { name: 'Who is in the room', exact: true })).toBeVisible();
    await expect(page.getByLabel('Workshop title')).toHaveValue(workshop.meta.title);
    expect(await seriousViolations(page), `${workshop.meta.title}, ${scheme}`).toEqual([]);
  }
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});
