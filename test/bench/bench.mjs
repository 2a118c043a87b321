#!/usr/bin/env node
// `npm run bench -- --out /tmp/bench.json`: builds the renderer, runs the figures (one Playwright
// worker, test/bench/playwright.config.ts), prints one table and writes it as JSON. Exits 1 when a
// budget is missed or a figure could not be measured. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const EXPECTED_FIGURES = ['1-boot', '2-typing', '3-durability', '4-pdf', '5-bundle', '6-soak', '7-diff', '8-windows', '9-sync'];

function parseArgs(argv) {
  const args = { out: null, skipBuild: false, grep: null };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--out') args.out = argv[++index] ?? null;
    else if (arg.startsWith('--out=')) args.out = arg.slice('--out='.length);
    else if (arg === '--skip-build') args.skipBuild = true;
    else if (arg === '--grep') args.grep = argv[++index] ?? null;
    else {
      console.error(`Unknown argument ${arg}. Usage: npm run bench -- [--out figures.json] [--skip-build] [--grep boot]`);
      process.exit(2);
    }
  }
  return args;
}

// npm and npx are .cmd files on Windows, which only a shell can start.
const run = (command, commandArgs, env = {}) =>
  spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' }).status ?? 1;

const args = parseArgs(process.argv.slice(2));
const started = Date.now();
if (!args.skipBuild && run('npm', ['run', 'build:app']) !== 0) {
  console.error('bench: the renderer build failed');
  process.exit(1);
}

const resultsFolder = join(root, 'test-results/bench-figures');
rmSync(resultsFolder, { recursive: true, force: true });
mkdirSync(resultsFolder, { recursive: true });
const playwrightStatus = run('npx', ['playwright', 'test', '--config', 'test/bench/playwright.config.ts', ...(args.grep ? ['--grep', args.grep] : [])], {
  BENCH_RESULTS: resultsFolder,
});

const written = new Set(readdirSync(resultsFolder).map((name) => name.replace(/\.json$/, '')));
const rows = EXPECTED_FIGURES.filter((name) => !args.grep || written.has(name)).flatMap((name) =>
  written.has(name)
    ? JSON.parse(readFileSync(join(resultsFolder, `${name}.json`), 'utf8'))
    : [{ figure: name.replace(/^\d-/, ''), measure: 'not measured (the bench test failed; see above)', unit: '', app: null, floor: null, ratio: null, budget: '', status: 'unavailable' }],
);

const show = (value) => (value === null || value === undefined ? '—' : String(value));
const columns = [
  ['figure', (row) => row.figure],
  ['measure', (row) => row.measure],
  ['app', (row) => `${show(row.app)}${row.app === null ? '' : ` ${row.unit}`}`],
  ['floor', (row) => `${show(row.floor)}${row.floor === null ? '' : ` ${row.unit}`}`],
  ['ratio', (row) => show(row.ratio)],
  ['budget', (row) => row.budget],
  ['result', (row) => (row.status === 'unavailable' ? 'NOT AVAILABLE' : row.status.toUpperCase())],
];
const cells = rows.map((row) => columns.map(([, cell]) => cell(row)));
const widths = columns.map(([title], index) => Math.max(title.length, ...cells.map((line) => line[index].length)));
const line = (values) => values.map((value, index) => value.padEnd(widths[index])).join(' | ');
const table = [line(columns.map(([title]) => title)), widths.map((width) => '-'.repeat(width)).join('-|-'), ...cells.map(line)].join('\n');
const details = [...new Set(rows.filter((row) => row.detail).map((row) => `  ${row.figure}: ${row.detail}`))];

console.log(`\nEndfirst bench (${new Date().toISOString()}, ${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
console.log(table);
if (details.length > 0) console.log(`\n${details.join('\n')}`);

const failed = rows.filter((row) => row.status === 'fail' || row.status === 'unavailable');
if (args.out) {
  const out = resolve(process.cwd(), args.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ measuredAt: new Date().toISOString(), rows }, null, 2)}\n`);
  console.log(`\nFigures written to ${out}`);
}
if (failed.length > 0 || playwrightStatus !== 0) {
  console.error(`\nbench: ${failed.length} figure(s) missed their budget or could not be measured.`);
  process.exit(1);
}
