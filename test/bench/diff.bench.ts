import { test } from '@playwright/test';
import { produce } from 'immer';
import { describeChanges } from '../../shared/changes';
import type { Workshop } from '../../shared/domain/workshop';
import { generateBigWorkshop } from '../fixtures/generated/big-workshop';
import { seededRandom } from '../fixtures/generated/random';
import { percentile, ratio, verdict, writeFigure } from './figures';

/**
 * "What changed" on the largest plan we test: the 100-page workshop against a version of itself
 * with 50 changes scattered over every stage (text edits, statuses, owners, money, items added,
 * removed and moved). Pure TypeScript, so it is timed here in Node's V8, the engine the renderer
 * runs it in. The floor is what any comparison must at least do: serialise both records once.
 * As in the app, the baseline is one record for the whole run (its re-shaped view is kept) and
 * the live plan is a new record every time (a fresh copy per iteration, made outside the timer).
 */

const ITERATIONS = Number(process.env['BENCH_DIFF_ITERATIONS'] ?? 200);
const BUDGET_MS = 50;
const CHANGES = 50;

function withScatteredChanges(workshop: Workshop, seed = 7): Workshop {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[random.int(0, items.length - 1)] as T;
  const edits: ((draft: Workshop) => void)[] = [
    (d) => void (pick(d.standards).owner = `Owner ${random.int(1, 999)}`),
    (d) => void (pick(d.standards).status = pick(['not-discussed', 'defined', 'agreed', 'met'] as const)),
    (d) => void (pick(d.standards).acceptanceCriteria += ' Checked every month-end by operations.'),
    (d) => void (pick(d.preMortemRisks).text += ' And nobody noticed for a week.'),
    (d) => void (pick(d.room.actions).status = 'done'),
    (d) => void (pick(d.room.decisions).text = `Revised: ${pick(d.room.decisions).text}`),
    (d) => void (d.cost.operationsPerYearCents = (d.cost.operationsPerYearCents ?? 0) + random.int(1, 90) * 100_000),
    (d) => void (d.operatingModel.onCall += ' Weekends: the AP duty manager.'),
    (d) => void d.standards.splice(random.int(0, d.standards.length - 1), 1),
    (d) => void d.room.actions.push({ ...pick(d.room.actions), id: random.uuid(), text: 'A new action from the follow-up', status: 'open' }),
    (d) => void d.preMortemRisks.push(d.preMortemRisks.shift()!),
    (d) => {
      const activity = pick(d.raci.activities);
      activity.assignments[pick(d.raci.parties).id] = pick(['R', 'A', 'C', 'I'] as const);
    },
  ];
  return produce(workshop, (draft) => {
    for (let index = 0; index < CHANGES; index += 1) pick(edits)(draft as Workshop);
  });
}

test('diff: what changed in the 100-page workshop', () => {
  const before = generateBigWorkshop(1);
  const after = withScatteredChanges(before);
  const today = '2027-06-01';
  let described = 0;
  // Warm-up: let V8 optimise both paths before anything is timed.
  for (let index = 0; index < 10; index += 1) {
    described = describeChanges(before, structuredClone(after), today).count;
    void (JSON.stringify(before).length + JSON.stringify(after).length);
  }
  const app: number[] = [];
  const floor: number[] = [];
  for (let index = 0; index < ITERATIONS; index += 1) {
    const live = structuredClone(after);
    let start = performance.now();
    describeChanges(before, live, today);
    app.push(performance.now() - start);
    start = performance.now();
    void (JSON.stringify(before).length + JSON.stringify(after).length);
    floor.push(performance.now() - start);
  }
  const p50 = percentile(app, 50);
  const p95 = percentile(app, 95);
  const floorP50 = percentile(floor, 50);
  const rounded = (value: number) => Number(value.toFixed(1));
  writeFigure('7-diff', [
    {
      figure: 'diff',
      measure: `100-page workshop vs a version with ${CHANGES} scattered changes, p50 (${described} items, ${ITERATIONS} runs)`,
      unit: 'ms',
      app: rounded(p50),
      floor: rounded(floorP50),
      ratio: Number(ratio(p50, floorP50).toFixed(2)),
      budget: 'report',
      status: 'report',
    },
    {
      figure: 'diff',
      measure: `the same, p95 (floor: serialising both records)`,
      unit: 'ms',
      app: rounded(p95),
      floor: rounded(percentile(floor, 95)),
      ratio: Number(ratio(p95, percentile(floor, 95)).toFixed(2)),
      budget: `p95 ≤ ${BUDGET_MS} ms`,
      status: verdict(p95 <= BUDGET_MS),
    },
  ]);
});
