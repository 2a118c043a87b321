import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkshopSchema } from '../../../shared/domain/workshop';
import { SAMPLE_WORKSHOP } from '../../../shared/method/sample-workshop';
import type { EndfirstDatabase } from '../../../renderer/src/db/database';
import { importWorkshops } from '../../../renderer/src/db/workshops';
import { saveWorkshop } from '../../../renderer/src/db/write';
import { readImportSource } from '../../../renderer/src/features/library/import-files';
import { seededRandom, type Random } from '../../fixtures/generated/random';
import { dump, freshDatabase } from './db-helpers';

/**
 * A seeded fuzzer over the library's import path (the same path as import-corpus-storage.test.ts):
 * 500 mutations of valid `.endfirst` files. Every case ends in a clear refusal that leaves the
 * stored library byte-identical, or in a valid import; never in an uncaught error. A failure names
 * the seed and case, so `FUZZ_SEED=<n>` reproduces it.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261126);
const CASES_PER_KIND = 100;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/imports/${name}`, import.meta.url), 'utf8');
const VALID_FILES = ['valid-sample.endfirst', 'valid-minimal.endfirst', 'valid-bundle-two-workshops.endfirst', 'valid-unicode-rtl-zwj-emoji.endfirst'].map(
  (name) => ({ name, json: JSON.parse(fixture(name)) as Json }),
);

/** Every path to a value in the tree (objects and arrays included), so a mutation can land anywhere. */
function allPaths(value: Json, path: Path = [], into: Path[] = []): Path[] {
  if (path.length > 0) into.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => allPaths(item, [...path, index], into));
  else if (value !== null && typeof value === 'object') for (const key of Object.keys(value)) allPaths(value[key]!, [...path, key], into);
  return into;
}

function parentOf(root: Json, path: Path): { parent: Json[] | Record<string, Json>; key: string | number } {
  let parent = root as Json[] | Record<string, Json>;
  for (const step of path.slice(0, -1)) parent = (parent as Record<string, Json>)[step as string] as Json[] | Record<string, Json>;
  return { parent, key: path.at(-1)! };
}

const get = (root: Json, path: Path): Json => path.reduce<Json>((node, step) => (node as Record<string, Json>)[step as string]!, root);
const set = (root: Json, path: Path, value: Json) => {
  const { parent, key } = parentOf(root, path);
  (parent as Record<string, Json>)[key as string] = value;
};

const ODD_UNICODE = [
  '\uD800', // lone high surrogate
  '\uDC00x', // lone low surrogate
  '\u202Eevil\u202C', // right-to-left override
  '👩‍👩‍👧‍👦', // ZWJ sequence
  '\u0000', // NUL
  '\uFEFF', // BOM in the middle of a value
  'e\u0301\u0301\u0301', // stacked combining marks
  '\u200B\u200C\u200D', // zero-width characters
  '𝕏'.repeat(101), // astral characters: 202 UTF-16 units, over a short-text limit
  '\uFFFF\uFFFE', // noncharacters
];

/** A value of a different JSON type than `value`. */
function wrongType(random: Random, value: Json): Json {
  const candidates: Json[] = [null, true, 0, -1, 1.5, '', 'text', [], {}, ['x'], { x: 1 }, 1e308, '2026-13-45'];
  const differentType = candidates.filter((candidate) => typeOf(candidate) !== typeOf(value));
  return random.pick(differentType);
}
const typeOf = (value: Json) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

function oversized(random: Random, value: Json): Json {
  if (typeof value === 'string') return random.pick(['x'.repeat(20_001), 'y'.repeat(201), 'z'.repeat(300_000)]);
  if (typeof value === 'number') return random.pick([Number.MAX_SAFE_INTEGER, 1e21, 10_000_000_000_001, -1e21]);
  if (Array.isArray(value)) return Array.from({ length: random.pick([201, 1_001, 2_001]) }, () => value[0] ?? 'x');
  return value;
}

interface Mutation {
  readonly kind: string;
  apply(random: Random, root: Json, paths: Path[]): string;
}

const MUTATIONS: Mutation[] = [
  {
    kind: 'dropped field',
    apply: (random, root, paths) => {
      const objectFields = paths.filter((path) => typeof path.at(-1) === 'string');
      const path = random.pick(objectFields);
      const { parent, key } = parentOf(root, path);
      delete (parent as Record<string, Json>)[key as string];
      return `dropped ${path.join('.')}`;
    },
  },
  {
    kind: 'wrong type',
    apply: (random, root, paths) => {
      const path = random.pick(paths);
      const value = wrongType(random, get(root, path));
      set(root, path, value);
      return `${path.join('.')} = ${JSON.stringify(value)}`;
    },
  },
  {
    kind: 'oversized value',
    apply: (random, root, paths) => {
      const resizable = paths.filter((path) => {
        const value = get(root, path);
        return typeof value === 'string' || typeof value === 'number' || (Array.isArray(value) && value.length > 0);
      });
      const path = random.pick(resizable);
      const value = oversized(random, get(root, path));
      set(root, path, value);
      return `${path.join('.')} oversized (${typeOf(value)}${Array.isArray(value) ? ` of ${value.length}` : ''})`;
    },
  },
  {
    kind: 'odd Unicode',
    apply: (random, root, paths) => {
      const strings = paths.filter((path) => typeof get(root, path) === 'string');
      const path = random.pick(strings);
      const odd = random.pick(ODD_UNICODE);
      const before = get(root, path) as string;
      const at = random.int(0, before.length);
      set(root, path, `${before.slice(0, at)}${odd}${before.slice(at)}`);
      return `${path.join('.')} + ${JSON.stringify(odd).slice(0, 20)}`;
    },
  },
  {
    kind: 'duplicate id',
    apply: (random, root, paths) => {
      const ids = paths.filter((path) => path.at(-1) === 'id' || path.at(-1) === 'participantId' || path.at(-1) === 'stageId');
      const from = random.pick(ids);
      const to = random.pick(ids);
      set(root, to, get(root, from));
      return `${to.join('.')} := ${from.join('.')}`;
    },
  },
];

/** The library a refused file must leave byte-identical; accepted files go to `scratch`, so it never changes. */
let library: EndfirstDatabase;
let scratch: EndfirstDatabase;
let before: string;
beforeAll(async () => {
  ({ db: library } = freshDatabase('fuzz-library'));
  ({ db: scratch } = freshDatabase('fuzz-scratch'));
  await saveWorkshop(library, SAMPLE_WORKSHOP);
  await saveWorkshop(scratch, SAMPLE_WORKSHOP);
  before = await dump(library);
});
afterAll(() => {
  library?.close();
  scratch?.close();
});

describe(`import fuzzer (seed ${SEED}, ${CASES_PER_KIND * MUTATIONS.length} cases)`, () => {
  it.each(MUTATIONS.map((mutation, index) => [mutation.kind, mutation, index] as const))(
    '%s: refused clearly with the library untouched, or imported valid',
    async (_, mutation, index) => {
      const random = seededRandom(SEED + index);
      const problems: string[] = [];
      let refused = 0;
      for (let caseNumber = 0; caseNumber < CASES_PER_KIND; caseNumber += 1) {
        const source = random.pick(VALID_FILES);
        const root = structuredClone(source.json);
        const what = mutation.apply(random, root, allPaths(root));
        const label = `case ${caseNumber} (${source.name}: ${what})`;
        try {
          const outcome = await readImportSource({ kind: 'text', fileName: 'fuzzed.endfirst', contents: JSON.stringify(root) });
          if (!outcome.ok) {
            refused += 1;
            if (!/^\S.*\w+ \w+/.test(outcome.message) || /undefined|\[object /.test(outcome.message)) {
              problems.push(`${label}: unclear message ${JSON.stringify(outcome.message.slice(0, 120))}`);
            }
            if ((await dump(library)) !== before) problems.push(`${label}: refused, but the stored library changed`);
            continue;
          }
          const stored = await importWorkshops(scratch, outcome.workshops, 'copy');
          for (const workshop of stored) {
            const record = await scratch.workshops.get(workshop.id);
            if (!WorkshopSchema.safeParse(record).success) problems.push(`${label}: imported a workshop that is not valid`);
          }
        } catch (error) {
          problems.push(`${label}: threw ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      expect(problems).toEqual([]);
      expect(await dump(library)).toBe(before);
      // The fuzzer must actually reach the refusal path; a mutation kind that never breaks a file tests nothing.
      expect(refused).toBeGreaterThan(0);
    },
  );
});
