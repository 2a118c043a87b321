import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every page records console errors, uncaught exceptions and any request that tries to leave
 * 127.0.0.1; a test can assert the list is empty. The app must never touch the network.
 */
export interface PageProblems {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly offsiteRequests: string[];
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: async ({ page, baseURL }, use) => {
    const problems: PageProblems = { consoleErrors: [], pageErrors: [], offsiteRequests: [] };
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    page.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => problems.pageErrors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        problems.offsiteRequests.push(url);
      }
    });
    await use(problems);
  },
});

export { expect };

/** Opens the app and waits until the shell has rendered and its keyboard and host listeners are live. */
export async function openApp(page: Page, hash = '#/') {
  await page.goto(`./${hash}`);
  await expect(page.locator('html[data-app-ready="true"]')).toHaveCount(1);
  await expect(page.getByRole('banner')).toBeVisible();
}
