import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../shared/security';
import { TEAM_SERVER_COOKIE } from '../../shared/sync/team-server-cookie';
import { expect, openApp, test } from './fixtures';
import { seedWorkshops, testWorkshop } from './seed';

test.describe('the app shell', () => {
  test('loads the library with no console error and no request off this machine', async ({ page, problems }) => {
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Start from the end' })).toBeVisible();
    await expect(page).toHaveTitle('Endfirst');
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], offsiteRequests: [] });
  });

  test('carries the same Content-Security-Policy as meta tag and header', async ({ page }) => {
    const response = await page.goto('./');
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
    await expect(meta).toHaveAttribute('content', CONTENT_SECURITY_POLICY);
  });

  test('names exactly the team server in the policy once one is set, and nothing for a forged address', async ({ page, context, baseURL }) => {
    const cases = [
      ['ws://127.0.0.1:4403/sync', contentSecurityPolicy('ws://127.0.0.1:4403')],
      ["wss://x.org; script-src *", CONTENT_SECURITY_POLICY],
    ] as const;
    for (const [address, policy] of cases) {
      await context.addCookies([{ name: TEAM_SERVER_COOKIE, value: encodeURIComponent(address), url: baseURL ?? '' }]);
      const response = await page.goto('./');
      expect(response?.headers()['content-security-policy'], address).toBe(policy);
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]'), address).toHaveAttribute('content', policy);
    }
  });

  test('blocks a fetch to an outside address through the CSP, not just the missing network', async ({ page }) => {
    await openApp(page);
    const outcome = await page.evaluate(async () => {
      const violation = new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), {
          once: true,
        });
      });
      let fetchFailed = false;
      try {
        await fetch('https://example.com/telemetry');
      } catch {
        fetchFailed = true;
      }
      return { fetchFailed, directive: await violation };
    });
    expect(outcome).toEqual({ fetchFailed: true, directive: 'connect-src' });
  });

  test('uses the bundled Inter font, loaded from the app itself', async ({ page, problems }) => {
    await openApp(page);
    await page.evaluate(() => document.fonts.ready);
    const isInterLoaded = await page.evaluate(() => document.fonts.check('600 17px "Inter Variable"'));
    expect(isInterLoaded).toBe(true);
    expect(problems.offsiteRequests).toEqual([]);
  });

  test('follows the OS colour scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openApp(page);
    const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(light).toBe('rgb(246, 247, 248)');
    expect(dark).toBe('rgb(16, 20, 24)');
  });

  test('routes by hash, and an unknown route offers the way back', async ({ page }) => {
    await openApp(page, '#/no-such-screen');
    await expect(page.getByRole('heading', { name: 'This page does not exist' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to the library' }).click();
    await expect(page).toHaveURL(/#\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  });

  test('About says which version runs and where workshops are stored, and closes with Escape', async ({
    page,
    problems,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'About' }).click();
    const dialog = page.getByRole('dialog', { name: 'About Endfirst' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Web browser');
    await expect(dialog).toContainText('In this browser’s storage');
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(problems.consoleErrors).toEqual([]);
  });
});

test.describe('keyboard shortcuts', () => {
  test('"?" and Ctrl+/ open the list of shortcuts; Escape closes it', async ({ page }) => {
    await openApp(page);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('row', { name: /Save a version/ })).toContainText('Ctrl+Shift+S');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('Control+/');
    await expect(dialog).toBeVisible();
  });

  test('"?" typed into a field is just a question mark', async ({ page }) => {
    const workshop = testWorkshop('Questions');
    await openApp(page);
    await seedWorkshops(page, [workshop]);
    await page.goto(`./#/workshop/${workshop.id}/setup`);
    await page.getByLabel('Organisation').pressSequentially('Who?');
    await expect(page.getByLabel('Organisation')).toHaveValue('Who?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  });

  test('Ctrl+Shift+L goes back to the library from a workshop', async ({ page }) => {
    const workshop = testWorkshop('Shortcut home');
    await openApp(page);
    await seedWorkshops(page, [workshop]);
    await page.goto(`./#/workshop/${workshop.id}/setup`);
    await page.keyboard.press('Control+Shift+L');
    await expect(page).toHaveURL(/#\/$/);
  });
});
