import { enablePatches, produceWithPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { assignInPlace } from '../../../../shared/editing/assign-in-place';

enablePatches();

const timer = { stageId: 'cost', durationMs: 600_000, startedAt: 1_000, elapsedBeforeMs: 0 };
const agenda = {
  startedAt: null as string | null,
  blocks: [
    { id: 'a', minutes: 10, spentMs: 0 },
    { id: 'b', minutes: 20, spentMs: 0 },
  ],
};

/** The paths an edit records, as the undo log will see them. */
function recordedPaths<T extends object>(base: T, next: T) {
  const [result, patches] = produceWithPatches(base, (draft) => assignInPlace(draft as T, next));
  return { result, paths: patches.map((patch) => `${patch.op} ${patch.path.join('.')}`) };
}

describe('assignInPlace', () => {
  it.each([
    ['one field of the timer', timer, { ...timer, durationMs: 660_000 }, ['replace durationMs']],
    ['nothing', timer, { ...timer }, []],
    ['a field becoming null', timer, { ...timer, startedAt: null }, ['replace startedAt']],
    ['one block of the agenda', agenda, { ...agenda, blocks: [agenda.blocks[0]!, { id: 'b', minutes: 15, spentMs: 0 }] }, ['replace blocks.1.minutes']],
    ['blocks reordered', agenda, { ...agenda, blocks: [agenda.blocks[1]!, agenda.blocks[0]!] }, ['replace blocks']],
    ['a block added', agenda, { ...agenda, blocks: [...agenda.blocks, { id: 'c', minutes: 5, spentMs: 0 }] }, ['replace blocks']],
  ] as const)('records only what changed: %s', (_label, base, next, expected) => {
    const { result, paths } = recordedPaths<object>(base, next);
    expect(result).toEqual(next);
    expect(paths).toEqual(expected);
  });

  it('removes a key the new value no longer has', () => {
    const { result, paths } = recordedPaths<Record<string, number>>({ a: 1, b: 2 }, { a: 1 });
    expect(result).toEqual({ a: 1 });
    expect(paths).toEqual(['remove b']);
  });
});
