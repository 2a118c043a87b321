import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { Workshop } from '../../shared/domain/workshop';
import { CRITERIA_LIBRARY } from '../../shared/method/criteria-library';
import { expect, openApp, test } from './fixtures';
import { seedWorkshops, storedWorkshop, testWorkshop } from './seed';

/** The criteria library on stage 3: found, opened and used with the keyboard alone. */

/** Presses Tab (keyboard only) until `target` has the focus. */
async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  for (let press = 0; press < maxPresses; press += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

const onDisk = <T>(page: Page, id: string, pick: (workshop: Workshop) => T) =>
  expect.poll(async () => {
    const workshop = await storedWorkshop(page, id);
    return workshop === undefined ? undefined : pick(workshop);
  });

const monitoring = (w: Workshop) => w.standards.find((s) => s.key === 'monitoring-alerting')?.acceptanceCriteria;

test('a suggested criterion is added by keyboard alone, shows at once in the text, once, and undo takes it back', async ({ page, problems }, testInfo) => {
  const workshop = testWorkshop('Criteria');
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  await seedWorkshops(page, [workshop]);
  await page.goto(`./#/workshop/${workshop.id}/standards`);
  await expect(page.locator('.stage-kicker')).toBeVisible();

  const details = page.getByRole('button', { name: 'Details of Monitoring and alerting' });
  await tabTo(page, details);
  await page.keyboard.press('Enter');
  await expect(details).toHaveAttribute('aria-expanded', 'true');

  const toggle = page.getByRole('button', { name: /^Suggested criteria for Monitoring and alerting/ });
  await expect(toggle).toHaveAccessibleName(/^Suggested criteria for Monitoring and alerting 0 of \d added$/);
  await tabTo(page, toggle);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const list = page.getByRole('list', { name: 'Suggested criteria for Monitoring and alerting' });
  const suggestions = CRITERIA_LIBRARY['monitoring-alerting'];
  await expect(list.getByRole('listitem')).toHaveCount(suggestions.length);
  // Each suggestion names its reference, in smaller text under it.
  await expect(list.getByText(/ML Test Score \(Breck et al\., 2017\)/).first()).toBeVisible();

  const first = suggestions[0]!.text;
  const add = list.getByRole('button', { name: `Add: ${first}` });
  await tabTo(page, add);
  await page.keyboard.press('Enter');

  const field = page.getByLabel('Acceptance criteria for Monitoring and alerting', { exact: true });
  await expect(field).toHaveValue(`- ${first}`);
  await onDisk(page, workshop.id, monitoring).toBe(`- ${first}`);
  // Shown as added, and the keyboard keeps its place on it.
  const added = list.getByRole('button', { name: `Added: ${first}` });
  await expect(added).toHaveAttribute('aria-disabled', 'true');
  await expect(added).toBeFocused();
  await expect(toggle).toHaveAccessibleName(/1 of \d added/);
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue(`- ${first}`);

  // The next one goes on its own line.
  const second = suggestions[1]!.text;
  await page.keyboard.press('Tab');
  await expect(list.getByRole('button', { name: `Add: ${second}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue(`- ${first}\n- ${second}`);
  await onDisk(page, workshop.id, monitoring).toBe(`- ${first}\n- ${second}`);

  // The room fills a blank: the suggestion still counts as added.
  await field.fill(`- ${first.replace('__', '50').replace('__', 'the AP lead').replace('__', '3')}\n- ${second}`);
  await field.blur();
  await onDisk(page, workshop.id, monitoring).toMatch(/^- A person scores a weekly sample of 50 outputs/);
  await expect(list.getByRole('button', { name: `Added: ${first}` })).toHaveAttribute('aria-disabled', 'true');

  await page.screenshot({ path: testInfo.outputPath('standards-criteria-1366.png') });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Undo (from the add button, not inside the text) takes back the last change, the filled blanks.
  await list.getByRole('button', { name: `Add: ${suggestions[2]!.text}` }).focus();
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue(`- ${first}\n- ${second}`);
  await onDisk(page, workshop.id, monitoring).toBe(`- ${first}\n- ${second}`);

  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.offsiteRequests).toEqual([]);
});
