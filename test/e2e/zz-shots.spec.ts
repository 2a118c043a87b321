import { SAMPLE_WORKSHOP } from '../../shared/method/sample-workshop';
import { openApp, test, expect } from './fixtures';
import { seedWorkshops } from './seed';
import { presentedWorkshop } from './presenter-data';

test('shots', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const workshop = presentedWorkshop(9 * 60_000);
  await openApp(page);
  await seedWorkshops(page, [workshop, SAMPLE_WORKSHOP]);
  await page.goto(`./#/workshop/${workshop.id}/end-state`);
  await expect(page.locator('.stage-kicker')).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/facilitator-top.png' });
  await page.getByRole('heading', { name: 'Room notes' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots/facilitator-notes.png' });
  await page.goto(`./#/workshop/${SAMPLE_WORKSHOP.id}/standards`);
  await expect(page.locator('.stage-kicker')).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/facilitator-sample.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '/tmp/shots/facilitator-sample-dark.png' });
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Present' }).click();
  const presenter = await popup;
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`./#/workshop/${workshop.id}/end-state`);
  await expect(presenter.locator('html[data-presenter-ready="true"]')).toHaveCount(1);
  await presenter.waitForTimeout(1500);
  await presenter.screenshot({ path: '/tmp/shots/presenter.png' });
});
