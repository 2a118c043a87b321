import { describe, expect, it } from 'vitest';
import { createWorkshop } from '../../../shared/domain/create-workshop';
import type { Workshop } from '../../../shared/domain/workshop';
import { syncDerivedFields } from '../../../shared/editing/derived-fields';

let n = 0;
const id = () => `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`;

function withOwner(ownerName: string, participantName: string | null): Workshop {
  const workshop = createWorkshop({ id: id(), now: '2026-11-26T09:00:00.000Z', template: 'full', title: 'T', newId: id });
  const participantId = id();
  return {
    ...workshop,
    participants:
      participantName === null ? [] : [{ id: participantId, name: participantName, role: '', team: 'operations', present: true }],
    operatingModel: { ...workshop.operatingModel, ownerParticipantId: participantId, ownerName },
  };
}

describe('derived fields', () => {
  it.each([
    ['a renamed owner is followed', withOwner('Priya', 'Priya Raman'), 'Priya Raman'],
    ['an unchanged owner stays', withOwner('Priya Raman', 'Priya Raman'), 'Priya Raman'],
    ['a removed participant keeps the last known name', withOwner('Priya Raman', null), 'Priya Raman'],
  ])('%s', (_label, workshop, expected) => {
    syncDerivedFields(workshop);
    expect(workshop.operatingModel.ownerName).toBe(expected);
  });

  it('leaves an owner who is not in the room alone', () => {
    const workshop = withOwner('Someone Else', 'Priya Raman');
    workshop.operatingModel.ownerParticipantId = null;
    syncDerivedFields(workshop);
    expect(workshop.operatingModel.ownerName).toBe('Someone Else');
  });
});
