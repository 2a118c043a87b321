import { test, expect } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateNotesWorkshop } from '../../fixtures/generated/notes-workshop';
import { seedWorkshops } from '../../e2e/seed';
import { percentile } from '../figures';
import { watchKeystrokes } from '../measure-in-page';
import { benchRoots, startBenchServer } from '../server';

/**
 * Where a keystroke's time goes on the typing figure's page: a sampling CPU profile (CDP Profiler)
 * of the same typing as the bench, summarised as self time per function. Run after
 * `npx vite build --config build/vite.profile.config.ts` (readable names):
 *   BENCH_PORT=… npx playwright test --config test/bench/profile/playwright.config.ts
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const port = Number(process.env['BENCH_PORT'] ?? 4205);
let server: Server;
test.beforeAll(async () => {
  server = await startBenchServer({ ...benchRoots(root), app: join(root, 'test-results/profile-renderer') }, port);
});
test.afterAll(() => new Promise((resolve) => server.close(resolve)));

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { type?: string; functionName?: string; url?: string } };
}

/** Main-thread time per kind of work over the whole typing, per keystroke: less noisy than latencies on a shared machine. */
function workPerKeystroke(events: readonly TraceEvent[], keystrokes: number): string {
  const kinds = ['RunTask', 'EventDispatch', 'FunctionCall', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest'];
  const byThread = new Map<number, number>();
  for (const event of events) if (event.name === 'RunTask' && event.ph === 'X') byThread.set(event.tid, (byThread.get(event.tid) ?? 0) + (event.dur ?? 0));
  const main = [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  const totals = new Map<string, number>();
  for (const event of events) {
    if (event.tid !== main || event.ph !== 'X' || !kinds.includes(event.name)) continue;
    totals.set(event.name, (totals.get(event.name) ?? 0) + (event.dur ?? 0));
  }
  return kinds.map((kind) => `${kind} ${((totals.get(kind) ?? 0) / 1000 / keystrokes).toFixed(2)}`).join(', ');
}

/** One keystroke in the middle of a word, event by event: what the main thread does from keydown to the frame after. */
function oneKeystroke(events: readonly TraceEvent[]): string {
  const byThread = new Map<number, number>();
  for (const event of events) if (event.name === 'RunTask' && event.ph === 'X') byThread.set(event.tid, (byThread.get(event.tid) ?? 0) + (event.dur ?? 0));
  const main = [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((event) => event.tid === main && event.ph === 'X').sort((a, b) => a.ts - b.ts);
  const keydowns = onMain.filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown');
  const chosen = keydowns[Math.floor(keydowns.length / 2) + 3];
  if (!chosen) return 'no keydown found';
  const end = chosen.ts + 25_000;
  return onMain
    .filter((event) => event.ts >= chosen.ts - 1000 && event.ts <= end && (event.dur ?? 0) >= 80)
    .map((event) => {
      const data = event.args?.data;
      const what = data?.type ?? data?.functionName ?? '';
      return `${((event.ts - chosen.ts) / 1000).toFixed(2).padStart(7)} +${((event.dur ?? 0) / 1000).toFixed(2).padStart(6)}  ${event.name} ${what}`;
    })
    .join('\n');
}

/** Main-thread tasks over 16 ms, each with the time of what ran inside it (script, style, layout, paint). */
function longTaskReport(events: readonly TraceEvent[]): string {
  const tasks = events.filter((event) => event.name === 'RunTask' && event.ph === 'X' && (event.dur ?? 0) > 16_000);
  const mainTid = new Map<number, number>();
  for (const task of tasks) mainTid.set(task.tid, (mainTid.get(task.tid) ?? 0) + (task.dur ?? 0));
  const main = [...mainTid].sort((a, b) => b[1] - a[1])[0]?.[0];
  const inner = ['EventDispatch', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'HitTest', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'ParseHTML'];
  return tasks
    .filter((task) => task.tid === main)
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const parts = new Map<string, number>();
      for (const event of events) {
        if (event.tid !== task.tid || event.ph !== 'X' || event.ts < task.ts || event.ts > end || !inner.includes(event.name)) continue;
        const label = event.name === 'EventDispatch' ? `Event:${event.args?.data?.type}` : event.name === 'FunctionCall' ? `Fn:${event.args?.data?.functionName || '?'}` : event.name;
        parts.set(label, (parts.get(label) ?? 0) + (event.dur ?? 0));
      }
      const detail = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([name, us]) => `${name} ${(us / 1000).toFixed(1)}`).join(', ');
      return `${((task.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms  ${detail}`;
    })
    .join('\n');
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

test('profile typing beside 500 notes', async ({ page: firstPage }) => {
  let page = firstPage;
  const workshop = generateNotesWorkshop();
  await page.goto('./#/');
  await expect(page.locator('html[data-app-ready="true"]')).toHaveCount(1);
  await seedWorkshops(page, [workshop]);
  // A fresh page, as in the bench: the init script runs on its first load.
  page = await page.context().newPage();
  await page.addInitScript(watchKeystrokes);
  // PROFILE_FLOOR=1 profiles the bench's floor (a bare textarea) the same way, for comparison.
  if (process.env['PROFILE_FLOOR']) await page.goto('./__bench/textarea.html');
  else {
    await page.goto(`./#/workshop/${workshop.id}/end-state`);
    await expect(page.locator('html[data-workshop-ready="true"]')).toHaveCount(1);
  }
  // Try a styling change without rebuilding: PROFILE_CSS is added to the page before typing.
  if (process.env['PROFILE_CSS']) await page.addStyleTag({ content: process.env['PROFILE_CSS'] });
  await page.getByLabel('What runs', { exact: true }).click();
  await page.keyboard.press('ControlOrMeta+End');
  // Which parts of the page change while typing (text, nodes, attributes), by where they are.
  await page.evaluate(() => {
    const counts: Record<string, number> = {};
    (window as unknown as { __mutations: Record<string, number> }).__mutations = counts;
    const describe = (node: Node | null): string => {
      const element = node instanceof Element ? node : node?.parentElement;
      if (!element) return '?';
      const path: string[] = [];
      for (let at: Element | null = element; at && path.length < 4; at = at.parentElement) {
        const field = at.getAttribute('data-field');
        path.unshift(`${at.tagName.toLowerCase()}${at.className && typeof at.className === 'string' ? '.' + at.className.split(' ')[0] : ''}${field ? `[${field}]` : ''}`);
      }
      return path.join('>');
    };
    new MutationObserver((records) => {
      for (const record of records) {
        const key = `${record.type}${record.attributeName ? '[' + record.attributeName + ']' : ''} ${describe(record.target)}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const traceEvents: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event) => traceEvents.push(...(event.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  let expected = await page.evaluate(() => window.__benchKeystrokes?.length ?? 0);
  const before = expected;
  for (const word of ['nightly', 'batch', 'over', 'the', 'inbound', 'invoice', 'queue', 'with', 'manual', 'review'].concat(['again', 'and', 'again'])) {
    for (const key of `${word} `) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      expected += 1;
      await page.waitForFunction((count) => (window.__benchKeystrokes?.length ?? 0) >= count, expected);
      await page.waitForTimeout(60);
    }
    await page.waitForTimeout(320);
  }
  const traceDone = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await traceDone;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const samples = (await page.evaluate(() => window.__benchKeystrokes ?? [])).slice(before);
  const mutations = await page.evaluate(() => (window as unknown as { __mutations: Record<string, number> }).__mutations);
  const mutationReport = Object.entries(mutations)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([where, count]) => `${String(count).padStart(6)}  ${where}`)
    .join('\n');
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, index) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
  const byFunction = new Map<string, number>();
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const [id, ms] of selfMs) {
    const frame = byNode.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  }
  // Inclusive time per function: the sum over every sample whose stack contains it (once per stack).
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byNode.get(at)!.callFrame;
      const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    }
  }
  const top = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, 45).map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name}`).join('\n');
  const report =
    `keystrokes ${samples.length}: p50 ${percentile(samples, 50).toFixed(1)} p95 ${percentile(samples, 95).toFixed(1)} max ${Math.max(...samples).toFixed(1)}\n\n` +
    `MAIN-THREAD MS PER KEYSTROKE (nested kinds overlap)\n${workPerKeystroke(traceEvents, samples.length)}\n\nONE KEYSTROKE (ms from keydown, duration)\n${oneKeystroke(traceEvents)}\n\nLONG TASKS (> 16 ms)\n${longTaskReport(traceEvents)}\n\nDOM MUTATIONS\n${mutationReport}\n\nSELF\n${top(byFunction)}\n\nINCLUSIVE\n${top(inclusive)}\n`;
  const out = process.env['PROFILE_OUT'] ?? join(root, 'test-results/typing-profile.txt');
  writeFileSync(out, report);
  writeFileSync(out.replace(/\.txt$/, '.cpuprofile'), JSON.stringify(profile));
  console.log(report);
});
