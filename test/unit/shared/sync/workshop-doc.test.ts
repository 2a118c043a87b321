import { produce, type Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { admitWorkshop } from '../../../../shared/domain/admit-workshop';
import type { Workshop } from '../../../../shared/domain/workshop';
import { SAMPLE_WORKSHOP } from '../../../../shared/method/sample-workshop';
import { removedRows } from '../../../../shared/sync/removed-rows';
import { applyWorkshopToDoc, readWorkshopFromDoc, withLocalParts } from '../../../../shared/sync/workshop-doc';

const base = SAMPLE_WORKSHOP;
const edited = (workshop: Workshop, recipe: (draft: Draft<Workshop>) => void): Workshop => produce(workshop, recipe);

/** Sends each document what the others lack, as the server would, until all agree. */
function exchange(...docs: Y.Doc[]): void {
  for (const from of docs) {
    for (const to of docs) if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');
  }
}

/** Laptops that each hold the plan as it was last agreed (`base`), as after a first sync. */
function laptops(count: number, start: Workshop = base): Y.Doc[] {
  const first = new Y.Doc();
  applyWorkshopToDoc(first, start, 'local');
  const docs = [first];
  for (let index = 1; index < count; index += 1) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(first));
    docs.push(doc);
  }
  return docs;
}

/** The plan each laptop's app would store: read from the document, private parts put back, through the gate. */
function stored(doc: Y.Doc, local: Workshop = base): Workshop {
  const admitted = admitWorkshop(withLocalParts(readWorkshopFromDoc(doc), local));
  if (!admitted.ok) throw new Error(admitted.problem.message);
  return admitted.workshop;
}

const risk = base.preMortemRisks[0]!;
const standard = base.standards[0]!;
const participant = base.participants[1]!;

describe('a workshop as a Yjs document', () => {
  it('round-trips the sample with every field intact (the private notes stay on the laptop)', () => {
    const [doc] = laptops(1);
    expect(stored(doc!)).toEqual(base);
    expect(JSON.stringify(readWorkshopFromDoc(doc!))).not.toContain('facilitatorNotes');
    expect(stored(doc!, edited(base, (d) => { d.room.facilitatorNotes = {}; })).room.facilitatorNotes).toEqual({});
  });

  it('writes nothing when nothing changed', () => {
    const [doc] = laptops(1);
    const before = Y.encodeStateVector(doc!);
    applyWorkshopToDoc(doc!, base, 'local');
    expect(Y.encodeStateVector(doc!)).toEqual(before);
  });
});

interface MergeCase {
  readonly name: string;
  readonly a: (draft: Draft<Workshop>) => void;
  readonly b: (draft: Draft<Workshop>) => void;
  readonly expect: (merged: Workshop) => void;
}

const MERGES: readonly MergeCase[] = [
  {
    name: 'different fields: both kept',
    a: (d) => { d.meta.organisation = 'Northwind Logistics'; },
    b: (d) => { d.standards[0]!.owner = 'Tom Okafor'; },
    expect: (m) => {
      expect(m.meta.organisation).toBe('Northwind Logistics');
      expect(m.standards[0]!.owner).toBe('Tom Okafor');
    },
  },
  {
    name: 'the same text field: both insertions kept, in their places',
    a: (d) => { d.preMortemRisks[0]!.text = `Early: ${risk.text}`; },
    b: (d) => { d.preMortemRisks[0]!.text = `${risk.text} (seen twice)`; },
    expect: (m) => expect(m.preMortemRisks[0]!.text).toBe(`Early: ${risk.text} (seen twice)`),
  },
  {
    name: 'a note added on each side: both kept',
    a: (d) => { d.room.notes.push({ ...base.room.notes[0]!, id: '7e000000-0000-4000-8000-0000000000a1', text: 'From laptop A' }); },
    b: (d) => { d.room.notes.push({ ...base.room.notes[0]!, id: '7e000000-0000-4000-8000-0000000000b1', text: 'From laptop B' }); },
    expect: (m) => {
      const texts = m.room.notes.map((note) => note.text);
      expect(texts).toEqual(expect.arrayContaining(['From laptop A', 'From laptop B']));
      expect(m.room.notes).toHaveLength(base.room.notes.length + 2);
    },
  },
  {
    name: 'an enum set on each side: one of the two, never a blend',
    a: (d) => { d.standards[0]!.status = 'met'; },
    b: (d) => { d.standards[0]!.status = 'waived'; },
    expect: (m) => expect(['met', 'waived']).toContain(m.standards[0]!.status),
  },
  {
    name: 'a row deleted on one side while edited on the other: it stays deleted',
    a: (d) => { d.participants.splice(1, 1); },
    b: (d) => { d.participants[1]!.role = 'Head of accounts payable'; },
    expect: (m) => expect(m.participants.map((p) => p.id)).not.toContain(participant.id),
  },
];

describe('two laptops edit offline, then sync', () => {
  it.each(MERGES)('$name', (scenario) => {
    const [a, b] = laptops(2) as [Y.Doc, Y.Doc];
    applyWorkshopToDoc(a, edited(base, scenario.a), 'local');
    applyWorkshopToDoc(b, edited(base, scenario.b), 'local');
    exchange(a, b);
    expect(readWorkshopFromDoc(a)).toEqual(readWorkshopFromDoc(b));
    scenario.expect(stored(a));
  });

  it('three laptops: each one’s edit arrives everywhere, in any order', () => {
    const [a, b, c] = laptops(3) as [Y.Doc, Y.Doc, Y.Doc];
    applyWorkshopToDoc(a, edited(base, (d) => { d.meta.title = `${base.meta.title} A`; }), 'local');
    applyWorkshopToDoc(b, edited(base, (d) => { d.standards[0]!.evidence = 'Signed off'; }), 'local');
    applyWorkshopToDoc(c, edited(base, (d) => { d.room.notes.splice(0, 1); }), 'local');
    exchange(c, b, a);
    const merged = stored(a);
    expect(readWorkshopFromDoc(b)).toEqual(readWorkshopFromDoc(a));
    expect(readWorkshopFromDoc(c)).toEqual(readWorkshopFromDoc(a));
    expect(merged.meta.title).toBe(`${base.meta.title} A`);
    expect(merged.standards[0]!.evidence).toBe('Signed off');
    expect(merged.room.notes).toHaveLength(base.room.notes.length - 1);
  });

  it('a note added on each side lands in the same order on both laptops', () => {
    const [a, b] = laptops(2) as [Y.Doc, Y.Doc];
    applyWorkshopToDoc(a, edited(base, (d) => { d.room.notes.push({ ...d.room.notes[0]!, id: '7e000000-0000-4000-8000-0000000000a2', text: 'A' }); }), 'local');
    applyWorkshopToDoc(b, edited(base, (d) => { d.room.notes.push({ ...d.room.notes[0]!, id: '7e000000-0000-4000-8000-0000000000b2', text: 'B' }); }), 'local');
    exchange(b, a);
    expect(stored(a).room.notes.map((n) => n.id)).toEqual(stored(b).room.notes.map((n) => n.id));
  });

  it('writes over a remote edit only what this laptop changed, given the base it last agreed', () => {
    const [a, b] = laptops(2) as [Y.Doc, Y.Doc];
    applyWorkshopToDoc(a, edited(base, (d) => { d.meta.organisation = 'From A'; }), 'local');
    exchange(a, b);
    // B's app had not re-read the plan yet: its record still has the old organisation, plus its own edit.
    applyWorkshopToDoc(b, edited(base, (d) => { d.standards[0]!.owner = 'From B'; }), 'local', base);
    expect(stored(b).meta.organisation).toBe('From A');
    expect(stored(b).standards[0]!.owner).toBe('From B');
  });
});

describe('delete vs edit: the removed row is kept for the laptop that edited it', () => {
  it('finds the edited row, its list and its place, with the sentence to show', () => {
    const [a, b] = laptops(2) as [Y.Doc, Y.Doc];
    applyWorkshopToDoc(a, edited(base, (d) => { d.participants.splice(1, 1); }), 'local');
    const bEdited = edited(base, (d) => { d.participants[1]!.role = 'Head of accounts payable'; });
    applyWorkshopToDoc(b, bEdited, 'local');
    const before = readWorkshopFromDoc(b);
    exchange(a, b);
    const removed = removedRows(before, readWorkshopFromDoc(b));
    expect(removed).toEqual([
      {
        listPath: ['participants'],
        index: 1,
        row: { ...participant, role: 'Head of accounts payable' },
        message: `A participant, “${participant.name}”, was deleted on another laptop. Your version is kept here: restore it to bring it back.`,
      },
    ]);
  });

  it('finds rows of lists inside rows and of the room, and nothing when only edits arrived', () => {
    const after = edited(base, (d) => {
      d.room.notes.splice(0, 1);
      d.raci.activities[0]!.name = 'Renamed';
    });
    expect(removedRows(base, after).map((row) => row.listPath)).toEqual([['room', 'notes']]);
    expect(removedRows(base, edited(base, (d) => { d.meta.title = 'x'; }))).toEqual([]);
    expect(removedRows(base, after)[0]!.message).toMatch(/^A note, “.+”, was deleted on another laptop\./);
  });
});

describe('a standard, a risk and a participant stay themselves across a move', () => {
  it('keeps a moved row once, at its new place', () => {
    const [a, b] = laptops(2) as [Y.Doc, Y.Doc];
    const moved = edited(base, (d) => { d.standards.push(d.standards.shift()!); });
    applyWorkshopToDoc(a, moved, 'local');
    applyWorkshopToDoc(b, edited(base, (d) => { d.standards[0]!.owner = 'Edited while it moved'; }), 'local');
    exchange(a, b);
    const ids = stored(a).standards.map((s) => s.id);
    expect(ids.filter((id) => id === standard.id)).toHaveLength(1);
    expect(ids.at(-1)).toBe(standard.id);
  });
});

describe('the sentence for a removed row names it in words', () => {
  it.each([
    ['a team member, by the participant’s name', (d: Draft<Workshop>) => { d.transition.members.splice(0, 1); }, /^A team member, “Tom Okafor”, was deleted on another laptop\./],
    ['an agenda block', (d: Draft<Workshop>) => { d.room.agenda.blocks.splice(0, 1); }, /^An agenda block, “.+”, was deleted/],
  ])('%s', (_name, recipe, sentence) => {
    const [removed] = removedRows(base, edited(base, recipe));
    expect(removed!.message).toMatch(sentence);
  });
});
