import { describe, expect, it } from 'vitest';
import { createWorkshop } from '../../../../shared/domain/create-workshop';
import { LIMITS } from '../../../../shared/domain/limits';
import type { Note } from '../../../../shared/domain/room';
import { WorkshopSchema } from '../../../../shared/domain/workshop';
import { applyPromotion, noteTitle, promoteNote, PROMOTE_TARGETS, type PromoteTarget } from '../../../../shared/room/promote';

let counter = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const note: Note = {
  id: uuid(),
  stageId: 'end-state',
  text: '  Nobody owns the model once the vendor leaves.\nOps were never asked.  ',
  authorParticipantId: null,
  groupId: null,
  createdAt: '2026-11-26T08:00:00.000Z',
};
const fresh = () => createWorkshop({ id: uuid(), now: '2026-11-26T08:00:00.000Z', template: 'full', title: 'Claims', newId: uuid });

describe('promoting a note', () => {
  it.each<[PromoteTarget, (w: ReturnType<typeof fresh>) => unknown[], Record<string, unknown>]>([
    ['risk', (w) => w.preMortemRisks, { text: 'Nobody owns the model once the vendor leaves.\nOps were never asked.', answeredBy: [] }],
    [
      'standard',
      (w) => w.standards,
      {
        key: 'custom',
        name: 'Nobody owns the model once the vendor leaves.',
        acceptanceCriteria: 'Nobody owns the model once the vendor leaves.\nOps were never asked.',
        applies: true,
        status: 'not-discussed',
      },
    ],
    ['decision', (w) => w.room.decisions, { stageId: 'end-state', decidedOn: '2026-11-26' }],
    ['action', (w) => w.room.actions, { ownerParticipantId: null, ownerName: '', due: null, status: 'open' }],
  ])('to a %s adds one valid item with the note’s text', (target, list, expected) => {
    const workshop = fresh();
    const before = list(workshop).length;
    const id = uuid();
    expect(applyPromotion(workshop, promoteNote(note, target, { id, today: '2026-11-26' }))).toBe(true);
    expect(list(workshop)).toHaveLength(before + 1);
    expect(list(workshop).at(-1)).toMatchObject({ id, ...expected });
    expect(WorkshopSchema.safeParse(workshop).success).toBe(true);
  });

  it('covers every target', () => {
    expect(PROMOTE_TARGETS).toEqual(['risk', 'standard', 'decision', 'action']);
  });

  it('refuses, changing nothing, when the list is full', () => {
    const workshop = fresh();
    workshop.standards = Array.from({ length: LIMITS.standards }, () => ({ ...workshop.standards[0]!, id: uuid() }));
    expect(applyPromotion(workshop, promoteNote(note, 'standard', { id: uuid(), today: '2026-11-26' }))).toBe(false);
    expect(workshop.standards).toHaveLength(LIMITS.standards);
  });
});

describe('a note’s title', () => {
  it.each<[string, number, string]>([
    ['Short', 80, 'Short'],
    ['First line\nsecond line', 80, 'First line'],
    ['one two three four five six', 15, 'one two three…'],
  ])('"%s" cut to %i is "%s"', (text, max, expected) => {
    expect(noteTitle(text, max)).toBe(expected);
  });
});
