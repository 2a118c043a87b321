import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One row of the bench table. Absolute times on a shared machine are noisy, so a timed figure is
 * judged as a ratio against a floor measured in the same run; budgets that are absolute (bytes,
 * ms for a keystroke) say so in `budget`.
 */
export interface FigureRow {
  readonly figure: string;
  readonly measure: string;
  readonly unit: string;
  readonly app: number | null;
  readonly floor: number | null;
  readonly ratio: number | null;
  readonly budget: string;
  /** pass/fail against the budget; report = no budget yet; unavailable = could not be measured (a failure). */
  readonly status: 'pass' | 'fail' | 'report' | 'unavailable';
  readonly detail?: string;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** Nearest-rank percentile: the value at or below which `p` per cent of the samples fall. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no samples');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export const ratio = (app: number, floor: number) => (floor > 0 ? app / floor : Number.POSITIVE_INFINITY);

export const verdict = (ok: boolean): FigureRow['status'] => (ok ? 'pass' : 'fail');

/** Each bench test writes its rows to its own file; bench.mjs gathers them into one table. */
export function writeFigure(name: string, rows: readonly FigureRow[]): void {
  const folder = process.env['BENCH_RESULTS'] ?? join(process.cwd(), 'test-results/bench-figures');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${name}.json`), `${JSON.stringify(rows, null, 2)}\n`);
}
