import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  createWorkshop,
  CURRENT_SCHEMA_VERSION,
  parseEndfirstFile,
  serializeEndfirstFile,
  type ParseEndfirstResult,
  type Workshop,
} from '../../../../shared/domain';
import { SAMPLE_WORKSHOP } from '../../../../shared/method';
import { asWrittenAtVersion1 } from './as-written-at-version-1';

// The committed files were written at record version 1 and stay so: they prove old files still
// import. Importing upgrades them, so they are compared with the upgrades taken out.

const folder = fileURLToPath(new URL('../../../fixtures/imports/', import.meta.url));

interface ExpectedOutcome {
  readonly name: string;
  readonly generated: boolean;
  readonly outcome: 'accepted' | 'refused';
  readonly code: string;
  readonly fragment: string;
}

/** The README's table is the specification; this reads it so the two can never drift apart. */
function readExpectations(): ExpectedOutcome[] {
  return readFileSync(`${folder}README.md`, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      // Cells: file, outcome, code, message fragment (fragments never contain a '|').
      const [file = '', outcome = '', code = '', fragment = ''] = line.split('|').slice(1, -1).map((cell) => cell.trim());
      const name = /^`([^`]+)`/.exec(file)?.[1];
      if (name === undefined || (outcome !== 'accepted' && outcome !== 'refused')) {
        throw new Error(`README row not understood: ${line}`);
      }
      return { name, generated: file.endsWith('*generated*'), outcome, code, fragment: fragment.replace(/^`(.*)`$/, '$1') };
    });
}

const EXPORTED_AT = '2026-11-26T12:00:00.000Z';

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
}

function generatedBase(): Workshop {
  return createWorkshop({
    id: 'aaaaaaaa-0000-4000-8000-000000000000',
    now: '2026-11-26T09:00:00.000Z',
    template: 'express',
    title: 'Generated',
    newId: counter('aaaaaaaa'),
  });
}

function withNotes(count: number, text: (index: number) => string): Workshop {
  const workshop = generatedBase();
  const newId = counter('bbbbbbbb');
  return {
    ...workshop,
    room: {
      ...workshop.room,
      notes: Array.from({ length: count }, (_, index) => ({
        id: newId(),
        stageId: 'end-state' as const,
        text: text(index),
        authorParticipantId: null,
        groupId: null,
        createdAt: '2026-11-26T09:00:00.000Z',
      })),
    },
  };
}

const serialize = (workshop: Workshop) => serializeEndfirstFile([workshop], EXPORTED_AT);

/** Files too big to commit, built in memory. */
const GENERATED: Readonly<Record<string, () => string>> = {
  'too-large-25mb': () => serialize(generatedBase()) + ' '.repeat(25 * 1024 * 1024),
  // 7 Mi characters of '€' are 21 MiB of UTF-8: under the limit by length, over it by bytes.
  'too-large-multibyte-21mb': () => `{"format":"endfirst","title":"${'€'.repeat(7 * 1024 * 1024)}"}`,
  'huge-title-300kb': () => serialize({ ...generatedBase(), meta: { ...generatedBase().meta, title: 'T'.repeat(300_000) } }),
  'note-text-too-long': () => serialize(withNotes(1, () => 'x'.repeat(20_001))),
  'notes-10000': () => serialize(withNotes(10_000, (index) => `Note ${index}`)),
  'nesting-depth-100000': () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
};

function expectOutcome(result: ParseEndfirstResult, expected: ExpectedOutcome): void {
  if (expected.outcome === 'accepted') {
    expect(result.ok ? 'accepted' : result.problem).toBe('accepted');
    return;
  }
  expect(result.ok).toBe(false);
  if (result.ok) return;
  const { problem } = result;
  expect(problem.code).toBe(expected.code);
  expect(problem.message).toContain(expected.fragment);
  // A refusal must say where, whenever the problem has a place.
  if (problem.path !== undefined) expect(problem.message).toContain(problem.path);
  if (problem.position !== undefined) {
    expect(problem.message).toContain(`line ${problem.position.line}, column ${problem.position.column}`);
  }
}

const expectations = readExpectations();
const committedFiles = readdirSync(folder).filter((name) => name.endsWith('.endfirst')).sort();

/** Read as main does: fs 'utf8' keeps a BOM and turns invalid UTF-8 into U+FFFD. */
function readFixture(name: string) {
  return { text: readFileSync(`${folder}${name}`, 'utf8'), byteLength: statSync(`${folder}${name}`).size };
}

/**
 * The frozen file was written before the sample gained its history (first workshop on 5 November,
 * follow-up on 26 November): in it the whole day is 26 November. The same sample with the first
 * workshop's days put back there; nothing else differs.
 */
function beforeTheSampleHadAHistory(sample: typeof SAMPLE_WORKSHOP): typeof SAMPLE_WORKSHOP {
  const toOldDay = (day: string) => day.replace(/^2026-11-05/, '2026-11-26');
  const room = sample.room;
  return {
    ...sample,
    meta: { ...sample.meta, date: toOldDay(sample.meta.date) },
    room: {
      ...room,
      notes: room.notes.map((note) => ({ ...note, createdAt: toOldDay(note.createdAt) })),
      votes: { sessions: room.votes.sessions.map((vote) => ({ ...vote, createdAt: toOldDay(vote.createdAt) })) },
      decisions: room.decisions.map((decision) => ({ ...decision, decidedOn: decision.decidedOn && toOldDay(decision.decidedOn) })),
      agenda: { ...room.agenda, startedAt: room.agenda.startedAt && toOldDay(room.agenda.startedAt) },
    },
  };
}

describe('import fixtures (test/fixtures/imports)', () => {
  it('has at least 32 hostile or broken files, all listed in the README, and no row without a file', () => {
    const committedRows = expectations.filter((row) => !row.generated).map((row) => row.name).sort();
    expect(committedRows).toEqual(committedFiles);
    expect(expectations.filter((row) => row.outcome === 'refused').length).toBeGreaterThanOrEqual(32);
    expect(Object.keys(GENERATED).sort()).toEqual(expectations.filter((row) => row.generated).map((row) => row.name).sort());
  });

  it('keeps the committed fixtures small (under 200 KB together, README included)', () => {
    const total = readdirSync(folder).reduce((sum, name) => sum + statSync(`${folder}${name}`).size, 0);
    expect(total).toBeLessThan(200 * 1024);
  });

  it.each(expectations.filter((row) => !row.generated))('$name is $outcome', (expected) => {
    const { text, byteLength } = readFixture(expected.name);
    expectOutcome(parseEndfirstFile(text, { byteLength }), expected);
  });

  it.each(expectations.filter((row) => row.generated))('$name (generated) is $outcome', (expected) => {
    const build = GENERATED[expected.name];
    if (build === undefined) throw new Error(`no generator for ${expected.name}`);
    expectOutcome(parseEndfirstFile(build()), expected);
  });
});

describe('what the accepted fixtures import as', () => {
  const importOne = (name: string) => {
    const { text } = readFixture(name);
    const result = parseEndfirstFile(text);
    if (!result.ok) throw new Error(result.problem.message);
    return { text, workshop: result.workshops[0] as Workshop, result };
  };

  it('keeps markup as literal text in every field, character for character', () => {
    const { text, workshop } = importOne('valid-markup-in-every-text-field.endfirst');
    const fileWorkshop = (JSON.parse(text) as { workshop: unknown }).workshop;
    expect(asWrittenAtVersion1(workshop)).toEqual(fileWorkshop);
    const markup = /<|javascript:/;
    for (const text of [
      workshop.meta.title,
      workshop.participants[0]!.name,
      workshop.endState.whatRuns,
      workshop.operatingModel.onCall,
      workshop.standards[0]!.acceptanceCriteria,
      workshop.raci.parties[0]!.label,
      workshop.transition.weekPlan[0]!.focus,
      workshop.pilot.hypotheses[0]!.statement,
      workshop.room.facilitatorNotes.setup ?? '',
      workshop.room.actions[0]!.ownerName,
    ]) {
      expect(text).toMatch(markup);
    }
    expect(workshop.room.notes.every((note) => markup.test(note.text))).toBe(true);
  });

  it('keeps right-to-left overrides, joiners, combining marks and emoji as they were', () => {
    const { text, workshop } = importOne('valid-unicode-rtl-zwj-emoji.endfirst');
    expect(asWrittenAtVersion1(workshop)).toEqual((JSON.parse(text) as { workshop: unknown }).workshop);
    expect(workshop.meta.title).toContain('\u202E');
    expect(workshop.meta.title).toContain('👩‍👩‍👧‍👦');
  });

  it('replaces an unpaired surrogate with U+FFFD, so the next export writes the same text', () => {
    const { workshop } = importOne('valid-lone-surrogate-replaced.endfirst');
    expect(workshop.meta.title).toBe('Broken \uFFFD character');
  });

  it('reads a file with a byte order mark like the same file without one', () => {
    const { text } = readFixture('valid-bom-prefixed.endfirst');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    // Compared as written: the upgrade gives the standards it adds fresh ids on every read.
    const [withMark, without] = [parseEndfirstFile(text), parseEndfirstFile(text.slice(1))];
    const asWritten = (result: ParseEndfirstResult) => (result.ok ? result.workshops.map(asWrittenAtVersion1) : result);
    expect(withMark.ok).toBe(true);
    expect(asWritten(withMark)).toEqual(asWritten(without));
  });

  it('takes the last of two duplicate keys, as JSON.parse does', () => {
    expect(importOne('valid-duplicate-json-keys-last-wins.endfirst').workshop.meta.title).toBe('Second title');
  });

  it('imports the frozen sample file as the sample workshop', () => {
    const imported = importOne('valid-sample.endfirst').workshop;
    expect(imported.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(asWrittenAtVersion1(imported)).toEqual(asWrittenAtVersion1(beforeTheSampleHadAHistory(SAMPLE_WORKSHOP)));
  });

  it('imports both workshops of a bundle, in order', () => {
    const { result } = importOne('valid-bundle-two-workshops.endfirst');
    expect(result.ok && result.kind).toBe('bundle');
    expect(result.ok && result.workshops.map((w) => w.id)).toEqual([
      'f1f1f1f1-0000-4000-8000-000000000000',
      'b2b2b2b2-0000-4000-8000-000000000000',
    ]);
  });
});
