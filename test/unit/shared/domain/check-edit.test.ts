import { enablePatches, produceWithPatches, type Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { checkEdit, checkFieldValue, WorkshopSchema, type Workshop } from '../../../../shared/domain';
import { SAMPLE_WORKSHOP } from '../../../../shared/method';

enablePatches();

const W = SAMPLE_WORKSHOP;
type Recipe = (draft: Draft<Workshop>) => void;
const loose = (value: unknown) => value as Record<string, unknown>;
const NEW_ID = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';

/**
 * Edits of every kind, valid and not. The targeted check must reach the same verdict as parsing
 * the whole record: it only looks at less of it.
 */
const EDITS: readonly (readonly [string, Recipe])[] = [
  ['a valid title', (d) => void (d.meta.title = 'Claims triage')],
  ['a title over the limit', (d) => void (d.meta.title = 't'.repeat(201))],
  ['a number as a title', (d) => void (loose(d.meta).title = 7)],
  ['a date that is not one', (d) => void (d.meta.date = '2026-13-40')],
  ['an unknown field in meta', (d) => void (loose(d.meta).colour = 'red')],
  ['a required field removed', (d) => void delete loose(d.meta).facilitator],
  ['an unknown top-level field', (d) => void (loose(d).extra = 1)],
  ['a valid note edit', (d) => void (d.room.notes[0]!.text = 'Edited')],
  ['a note with an invalid author id', (d) => void (d.room.notes[0]!.authorParticipantId = 'not-a-uuid')],
  ['a valid new note', (d) => void d.room.notes.push({ ...d.room.notes[0]!, id: NEW_ID })],
  ['a new note with a repeated id', (d) => void d.room.notes.push({ ...d.room.notes[0]! })],
  ['a note removed', (d) => void d.room.notes.splice(0, 1)],
  ['notes re-sorted', (d) => void d.room.notes.reverse()],
  ['an id changed to another item’s', (d) => void (d.standards[1]!.id = d.standards[0]!.id)],
  ['a break block naming a stage', (d) => void (d.room.agenda.blocks[0]!.kind = 'break')],
  ['a valid break block', (d) => void d.room.agenda.blocks.push({ id: NEW_ID, kind: 'break', stageId: null, minutes: 10, spentMs: 0 })],
  ['a negative cost', (d) => void (d.cost.prototypeCents = -1)],
  ['a whole section of the wrong kind', (d) => void (loose(d).pilot = 'none')],
  ['a RACI cell with an unknown role', (d) => void (loose(d.raci.activities[0]!.assignments)[d.raci.parties[0]!.id] = 'Z')],
  ['a valid RACI cell', (d) => void (d.raci.activities[0]!.assignments[d.raci.parties[0]!.id] = 'R')],
];

describe('checkEdit', () => {
  it.each(EDITS)('agrees with a full parse: %s', (_, recipe) => {
    const [next, patches] = produceWithPatches(W, recipe);
    const full = WorkshopSchema.safeParse(next).success;
    expect(checkEdit(next, patches) === undefined).toBe(full);
  });

  it('names the place, as the import messages do', () => {
    const [next, patches] = produceWithPatches(W, (d) => void (d.meta.title = 't'.repeat(201)));
    expect(checkEdit(next, patches)).toMatchObject({ path: 'meta.title', message: expect.stringContaining('too long') });
  });

  it('looks only at what changed (plus the ID rules): an untouched damaged part is not re-read', () => {
    const damaged = { ...W, meta: { ...W.meta, date: 'soon' } };
    const [next, patches] = produceWithPatches(damaged, (d) => void (d.room.notes[0]!.text = 'Edited'));
    expect(WorkshopSchema.safeParse(next).success).toBe(false);
    expect(checkEdit(next, patches)).toBeUndefined();
  });
});

describe('checkFieldValue', () => {
  it.each([
    [['meta', 'title'], 'Claims triage', true],
    [['meta', 'title'], 42, false],
    [['participants', { id: W.participants[0]!.id }, 'name'], 'Ana', true],
    [['participants', { id: W.participants[0]!.id }, 'name'], null, false],
    [['cost', 'prototypeCents'], null, true],
    [['cost', 'prototypeCents'], 1.5, false],
    // A path the schema does not have is left to the edit itself (which drops it).
    [['no', 'such', 'field'], 42, true],
  ] as const)('%j = %j is accepted: %s', (path, value, accepted) => {
    expect(checkFieldValue(path, value) === undefined).toBe(accepted);
  });
});
