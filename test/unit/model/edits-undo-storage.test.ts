import fc from 'fast-check';
import { afterAll, beforeAll, describe, it, vi } from 'vitest';
import { startApp } from './app-under-test';
import { COMMANDS } from './commands';
import { newModel } from './workshop-model';

/**
 * Model-based test of the write path: random sequences of typing, list edits, undo and redo,
 * reloads, a second window's edits, a full disk and the Trash, run against the real db and
 * editing modules over fake-indexeddb and checked after every command against a plain model
 * (./workshop-model.ts). Fixed seed, so a run replays; `npm run soak:model -- --runs 5000`
 * (or MODEL_RUNS / MODEL_SEED) for a longer soak. A failure prints the shrunk command list.
 */
const RUNS = Number(process.env.MODEL_RUNS ?? 300);
const SEED = Number(process.env.MODEL_SEED ?? 13_2026);
const MAX_COMMANDS = 40;

describe('edits, undo and storage against a model', () => {
  beforeAll(() => {
    // Only the debounce timers and the clock: fake-indexeddb schedules with setImmediate.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-12-06T09:00:00.000Z'));
  });
  afterAll(() => vi.useRealTimers());

  it(`keeps every stored record valid, equal to the model and every typed text (${RUNS} runs, up to ${MAX_COMMANDS} commands)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(COMMANDS, { maxCommands: MAX_COMMANDS, size: 'max' }), async (commands) => {
        const app = await startApp();
        try {
          const record = await app.stored();
          await fc.asyncModelRun(() => ({ model: newModel(record), real: app }), commands);
        } finally {
          app.close();
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: false },
    );
  }, 600_000);
});
