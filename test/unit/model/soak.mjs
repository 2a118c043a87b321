// A longer run of the model-based suite: `npm run soak:model -- --runs 5000 [--seed 7]`.
// It only sets the two variables the suite reads and runs that one file with Vitest.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string' }, seed: { type: 'string' } } });
const env = { ...process.env };
for (const [name, value] of [['MODEL_RUNS', values.runs], ['MODEL_SEED', values.seed]]) {
  if (value === undefined) continue;
  if (!/^\d+$/.test(value)) {
    console.error(`--${name === 'MODEL_RUNS' ? 'runs' : 'seed'} must be a whole number, not "${value}".`);
    process.exit(2);
  }
  env[name] = value;
}
const root = fileURLToPath(new URL('../../..', import.meta.url));
const vitest = fileURLToPath(new URL('../../../node_modules/vitest/vitest.mjs', import.meta.url));
const result = spawnSync(process.execPath, [vitest, 'run', '--config', 'test/vitest.config.ts', 'test/unit/model/'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
