import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../../../shared/domain/workshop';
import { SAMPLE_WORKSHOP } from '../../../../shared/method/sample-workshop';
import { removedRows } from '../../../../shared/sync/removed-rows';
import { restoreRemovedRow, type RemovedRowToRestore } from '../../../../shared/sync/restore-removed-row';

const copy = (): Workshop => structuredClone(SAMPLE_WORKSHOP);
const [first, second, third] = SAMPLE_WORKSHOP.participants;
const edited = { ...second!, role: 'Head of accounts payable' };

describe('restoring a row deleted on another laptop', () => {
  it.each([
    { name: 'back at its old place', listPath: ['participants'], index: 1, expected: [first, edited, third] },
    { name: 'at the end of a list that got shorter', listPath: ['participants'], index: 9, expected: [first, third, edited] },
    { name: 'at the start for a negative place', listPath: ['participants'], index: -3, expected: [edited, first, third] },
  ])('puts the kept version $name', ({ listPath, index, expected }) => {
    const plan = copy();
    plan.participants = [first!, third!];
    expect(restoreRemovedRow(plan, { listPath, index, row: edited })).toBe('restored');
    expect(plan.participants.slice(0, 3)).toEqual(expected);
  });

  it('restores what removedRows kept, with this laptop’s edits, so the plan is as it was here', () => {
    const here = copy();
    here.participants[1] = edited;
    const afterDelete = copy();
    afterDelete.participants.splice(1, 1);
    const [kept] = removedRows(here, afterDelete);
    expect(restoreRemovedRow(afterDelete, kept!)).toBe('restored');
    expect(afterDelete).toEqual(here);
  });

  it('restores into the list named by the key a row list uses (transition members by participantId)', () => {
    const plan = copy();
    const member = plan.transition.members[0]!;
    plan.transition.members.splice(0, 1);
    expect(restoreRemovedRow(plan, { listPath: ['transition', 'members'], index: 0, row: member })).toBe('restored');
    expect(plan.transition.members[0]).toEqual(member);
  });

  it.each<{ name: string; removed: RemovedRowToRestore; outcome: string }>([
    { name: 'a row already back', removed: { listPath: ['participants'], index: 0, row: second! }, outcome: 'already-there' },
    { name: 'a list that is not there', removed: { listPath: ['meta', 'nothing'], index: 0, row: second! }, outcome: 'list-gone' },
    { name: 'a path through a row that is gone', removed: { listPath: ['participants', 'not-an-id', 'x'], index: 0, row: second! }, outcome: 'list-gone' },
    { name: 'a field that is not a row list', removed: { listPath: ['meta'], index: 0, row: second! }, outcome: 'list-gone' },
    { name: 'a kept version without its id', removed: { listPath: ['participants'], index: 0, row: { name: 'No id' } }, outcome: 'not-a-row' },
    { name: 'a kept version that is not a row', removed: { listPath: ['participants'], index: 0, row: 'Lee Park' }, outcome: 'not-a-row' },
  ])('changes nothing for $name', ({ removed, outcome }) => {
    const plan = copy();
    expect(restoreRemovedRow(plan, removed)).toBe(outcome);
    expect(plan).toEqual(SAMPLE_WORKSHOP);
  });

  it('puts a copy in, so the notice and the plan never share an object', () => {
    const plan = copy();
    plan.participants.splice(1, 1);
    const row = structuredClone(second!);
    restoreRemovedRow(plan, { listPath: ['participants'], index: 1, row });
    row.name = 'Changed later';
    expect(plan.participants[1]!.name).toBe(second!.name);
  });
});
