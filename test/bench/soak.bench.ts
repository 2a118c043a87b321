import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { WorkshopSchema } from '../../shared/domain/workshop';
import { getAtPath, type FieldPath } from '../../shared/editing/field-path';
import { STAGE_IDS } from '../../shared/method/stages';
import { SAMPLE_WORKSHOP } from '../../shared/method/sample-workshop';
import { seededRandom, type Random } from '../fixtures/generated/random';
import { seedWorkshops, storedWorkshop } from '../e2e/seed';
import { writeFigure } from './figures';
import { benchRoots, startBenchServer } from './server';

/**
 * The soak: a long seeded run of random UI operations on the sample workshop (typing, ticking,
 * choosing, adding and removing rows, changing stage, undo and redo), with reloads and crash-like
 * closes at random moments. The driver remembers what it typed and chose; after every reload and
 * at the end it compares that with what IndexedDB holds, and parses every stored record with the
 * app's schema. Not a timing figure: the budget is "nothing lost, nothing invalid".
 *
 * SOAK_OPS (default 1,000) and SOAK_SEED (default 13) change the run.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const port = Number(process.env['BENCH_PORT'] ?? 4205);
const OPERATIONS = Number(process.env['SOAK_OPS'] ?? 1000);
const SEED = Number(process.env['SOAK_SEED'] ?? 13);
/** Roughly one reload in 25 operations: about 40 in a default run. */
const RELOAD_CHANCE = 0.04;

let server: Server;
test.beforeAll(async () => {
  server = await startBenchServer(benchRoots(root), port);
});
test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** A field key as the app writes it in `data-field` (pathKey), back into a path. */
const pathOf = (key: string): FieldPath => key.split('.').map((part) => (part.startsWith('#') ? { id: part.slice(1) } : part));

/** What the driver expects IndexedDB to hold, per field it touched. */
type Expected = Map<string, string | boolean>;

interface Tally {
  operations: number;
  skipped: number;
  reloads: number;
  crashes: number;
  charactersTyped: number;
  charactersLost: number;
  choicesLost: number;
  typingMismatches: number;
  recordsChecked: number;
  recordsFailingSchema: number;
  losses: string[];
}

const WORKSHOP_URL = (stage: string) => `./#/workshop/${SAMPLE_WORKSHOP.id}/${stage}`;

async function waitUntilReady(page: Page) {
  await expect(page.locator('html[data-app-ready="true"]')).toHaveCount(1, { timeout: 20_000 });
  await expect(page.locator('html[data-workshop-ready="true"]')).toHaveCount(1, { timeout: 20_000 });
}

/** The text fields a facilitator types into on this stage: plain autosaved text, not parsed numbers or dates. */
const TEXT_FIELDS = 'main input[data-field]:not([type]):not([inputmode]), main input[data-field][type="text"]:not([inputmode]), main textarea[data-field]';

async function pickVisible(page: Page, selector: string, random: Random) {
  const handles = page.locator(selector);
  // One round trip for the whole list: a stage of the sample workshop has a hundred fields.
  const visible = (await handles.evaluateAll((elements) => elements.map((element, index) => (element.checkVisibility() ? index : -1)))).filter(
    (index) => index >= 0,
  );
  return visible.length === 0 ? null : handles.nth(random.pick(visible));
}

/** Compares what the driver expects with what is stored; re-baselines on a mismatch so one loss is counted once. */
async function check(page: Page, expected: Expected, tally: Tally, when: string) {
  const stored = await storedWorkshop(page, SAMPLE_WORKSHOP.id);
  tally.recordsChecked += 1;
  if (!stored || !WorkshopSchema.safeParse(stored).success) {
    tally.recordsFailingSchema += 1;
    tally.losses.push(`${when}: the stored record fails the schema`);
  }
  for (const [key, want] of expected) {
    const got = stored ? getAtPath(stored, pathOf(key)) : undefined;
    if (got === want) continue;
    if (typeof want === 'string') {
      const text = typeof got === 'string' ? got : '';
      let common = 0;
      while (common < want.length && want[common] === text[common]) common += 1;
      tally.charactersLost += Math.max(1, want.length - common);
      tally.losses.push(`${when}: ${key} expected …${want.slice(-16)} got …${text.slice(-16)}`);
    } else {
      tally.choicesLost += 1;
      tally.losses.push(`${when}: ${key} expected ${String(want)} got ${String(got)}`);
    }
    if (got === undefined) expected.delete(key);
    else expected.set(key, got as string | boolean);
  }
}

/** After undo, redo or a removal, the stored record is the truth: expectations follow it. */
async function rebaseline(page: Page, expected: Expected) {
  await page.waitForTimeout(250);
  const stored = await storedWorkshop(page, SAMPLE_WORKSHOP.id);
  for (const key of [...expected.keys()]) {
    const value = stored ? getAtPath(stored, pathOf(key)) : undefined;
    if (typeof value === 'string' || typeof value === 'boolean') expected.set(key, value);
    else expected.delete(key);
  }
}

type Operation = 'type' | 'toggle' | 'select' | 'add' | 'remove' | 'stage' | 'undo' | 'redo';
const WEIGHTS: readonly [Operation, number][] = [
  ['type', 45],
  ['toggle', 10],
  ['select', 12],
  ['add', 6],
  ['remove', 4],
  ['stage', 13],
  ['undo', 6],
  ['redo', 4],
];
function pickOperation(random: Random): Operation {
  let roll = random.int(1, WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0));
  for (const [operation, weight] of WEIGHTS) {
    roll -= weight;
    if (roll <= 0) return operation;
  }
  return 'type';
}

/** Runs one operation; returns false when the stage offered nothing to do it on. */
async function operate(
  page: Page,
  operation: Operation,
  random: Random,
  expected: Expected,
  tally: Tally,
  index: number,
  previous: string,
): Promise<boolean> {
  switch (operation) {
    case 'type': {
      const field = await pickVisible(page, TEXT_FIELDS, random);
      if (!field) return false;
      const token = `s${index} `;
      const target = await field.evaluate((element: HTMLInputElement | HTMLTextAreaElement) => ({
        key: element.dataset['field'] ?? '',
        length: element.value.length,
        maxLength: element.maxLength > 0 ? element.maxLength : 200,
        isDisabled: element.disabled || element.readOnly,
      }));
      if (target.length + token.length > target.maxLength || target.isDisabled) return false;
      await field.click();
      await page.keyboard.press('ControlOrMeta+End');
      // What the facilitator sees as they start typing (a live update may have just arrived).
      const before = await field.inputValue();
      await page.keyboard.type(token);
      tally.charactersTyped += token.length;
      const shown = await field.inputValue();
      if (shown !== before + token) {
        tally.typingMismatches += 1;
        let common = 0;
        while (common < shown.length && shown[common] === before[common]) common += 1;
        tally.losses.push(
          `op ${index} (after ${previous}): ${target.key} differs at ${common} of ${before.length}: before …${before.slice(Math.max(0, common - 8), common + 16)} shown …${shown.slice(Math.max(0, common - 8), common + 24)}`,
        );
      }
      expected.set(target.key, shown);
      return true;
    }
    case 'toggle': {
      const box = await pickVisible(page, 'main input[type="checkbox"][data-field]', random);
      if (!box || (await box.isDisabled())) return false;
      const key = (await box.getAttribute('data-field')) ?? '';
      const next = !(await box.isChecked());
      await box.click();
      await expect(box).toBeChecked({ checked: next });
      expected.set(key, next);
      return true;
    }
    case 'select': {
      const select = await pickVisible(page, 'main select[data-field]', random);
      if (!select || (await select.isDisabled())) return false;
      const key = (await select.getAttribute('data-field')) ?? '';
      const values = await select.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
      const current = await select.inputValue();
      const others = values.filter((value) => value !== current);
      if (others.length === 0) return false;
      const value = random.pick(others);
      await select.selectOption(value);
      await expect(select).toHaveValue(value);
      // A select can stand for a derived field (an owner outside the room, "not linked"): only a
      // stored string under the same key is tracked.
      for (let attempt = 0; attempt < 12; attempt += 1) {
        const stored = await storedWorkshop(page, SAMPLE_WORKSHOP.id);
        if ((stored ? getAtPath(stored, pathOf(key)) : undefined) === value) {
          expected.set(key, value);
          break;
        }
        await page.waitForTimeout(25);
      }
      return true;
    }
    case 'add': {
      const add = await pickVisible(page, 'main button.button:not([disabled]):has(svg.lucide-plus)', random);
      if (!add) return false;
      await add.click();
      await page.keyboard.press('Escape'); // a button that opened a dialog leaves it closed again
      return true;
    }
    case 'remove': {
      const remove = await pickVisible(page, 'main button.icon-button[aria-label^="Remove"]', random);
      if (!remove) return false;
      await remove.click();
      await page.keyboard.press('Escape');
      await rebaseline(page, expected);
      return true;
    }
    case 'stage': {
      const stage = random.pick(STAGE_IDS);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.evaluate((hash) => (window.location.hash = hash), `#/workshop/${SAMPLE_WORKSHOP.id}/${stage}`);
      await expect(page.locator('.stage-kicker').first()).toBeVisible();
      return true;
    }
    case 'undo':
    case 'redo': {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press(operation === 'undo' ? 'ControlOrMeta+z' : 'ControlOrMeta+Shift+z');
      await rebaseline(page, expected);
      return true;
    }
  }
}

test('soak: 1,000 random operations on the sample workshop with reloads at random moments', async ({ page: firstPage, context }) => {
  test.setTimeout(15 * 60_000);
  const started = Date.now();
  const random = seededRandom(SEED);
  const tally: Tally = {
    operations: 0,
    skipped: 0,
    reloads: 0,
    crashes: 0,
    charactersTyped: 0,
    charactersLost: 0,
    choicesLost: 0,
    typingMismatches: 0,
    recordsChecked: 0,
    recordsFailingSchema: 0,
    losses: [],
  };
  const expected: Expected = new Map();

  let page = firstPage;
  await page.goto('./#/');
  await expect(page.locator('html[data-app-ready="true"]')).toHaveCount(1);
  await seedWorkshops(page, [SAMPLE_WORKSHOP]);
  await page.goto(WORKSHOP_URL('setup'));
  await waitUntilReady(page);

  const restart = async (context: BrowserContext, kind: 'reload' | 'crash') => {
    const stage = new URL(page.url()).hash.split('/').at(-1) ?? 'setup';
    if (kind === 'reload') {
      await page.reload();
    } else {
      // A crash or a killed window: no unload handlers, nothing flushed on the way out.
      await page.close({ runBeforeUnload: false });
      page = await context.newPage();
      await page.goto(WORKSHOP_URL(stage));
    }
    await waitUntilReady(page);
  };

  let previous = 'start';
  for (let index = 0; index < OPERATIONS; index += 1) {
    const operation = pickOperation(random);
    try {
      if (await operate(page, operation, random, expected, tally, index, previous)) tally.operations += 1;
      else tally.skipped += 1;
    } catch (error) {
      // A control that moved under the driver (a row re-rendered, a dialog in the way) is not data loss.
      tally.skipped += 1;
      await page.keyboard.press('Escape').catch(() => {});
      if (process.env['SOAK_VERBOSE']) console.log(`op ${index} ${operation}: ${String(error).split('\n')[0]}`);
    }
    previous = operation;
    if (random.next() < RELOAD_CHANCE) {
      await page.waitForTimeout(random.int(0, 300));
      const kind = random.next() < 0.5 ? 'reload' : 'crash';
      await restart(context, kind);
      if (kind === 'reload') tally.reloads += 1;
      else tally.crashes += 1;
      previous = kind;
      await check(page, expected, tally, `after ${kind} at op ${index}`);
    }
  }
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(500);
  await restart(context, 'reload');
  tally.reloads += 1;
  await check(page, expected, tally, 'at the end');
  const seconds = Math.round((Date.now() - started) / 1000);

  const row = (measure: string, unit: string, app: number, budget: string, ok: boolean | null, detail?: string) => ({
    figure: 'soak',
    measure,
    unit,
    app,
    floor: null,
    ratio: null,
    budget,
    status: ok === null ? ('report' as const) : ok ? ('pass' as const) : ('fail' as const),
    ...(detail ? { detail } : {}),
  });
  writeFigure('6-soak', [
    row(`operations done (of ${OPERATIONS} drawn, seed ${SEED}; ${tally.skipped} found nothing to act on)`, 'ops', tally.operations, 'report', null),
    row(`reloads (${tally.reloads}) and crash-like closes (${tally.crashes}) at random moments`, '', tally.reloads + tally.crashes, 'report', null),
    row('characters typed', 'chars', tally.charactersTyped, 'report', null),
    row(
      `characters lost (choices lost: ${tally.choicesLost}, typing mismatches: ${tally.typingMismatches})`,
      'chars',
      tally.charactersLost,
      '0, and no choice lost',
      tally.charactersLost === 0 && tally.choicesLost === 0 && tally.typingMismatches === 0,
      tally.losses.slice(0, 5).join('; '),
    ),
    row(`stored records failing the schema (of ${tally.recordsChecked} checked)`, 'records', tally.recordsFailingSchema, '0', tally.recordsFailingSchema === 0),
    row('wall time', 's', seconds, 'report', null),
  ]);
  console.log(`soak: ${JSON.stringify({ ...tally, losses: tally.losses.slice(0, 10), seconds })}`);
});
