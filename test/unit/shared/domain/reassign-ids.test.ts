import { describe, expect, it } from 'vitest';
import { reassignIds, WorkshopSchema } from '../../../../shared/domain';
import { SAMPLE_WORKSHOP } from '../../../../shared/method';
import { SAMPLE_BASELINE_VERSION_ID } from '../../../../shared/method/sample-workshop-ids';

const NEW_WORKSHOP_ID = '99999999-9999-4999-8999-999999999999';

function copy() {
  let n = 0;
  return reassignIds(SAMPLE_WORKSHOP, {
    id: NEW_WORKSHOP_ID,
    newId: () => `77777777-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`,
  });
}

const uuids = (text: string) => new Set(text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g));

describe('reassignIds ("Duplicate", "Import as a copy", opening the sample)', () => {
  it('gives the copy the new workshop id and keeps it valid', () => {
    const result = copy();
    expect(result.id).toBe(NEW_WORKSHOP_ID);
    expect(WorkshopSchema.safeParse(result).success).toBe(true);
  });

  it('leaves no old id anywhere, in values or in record keys', () => {
    // The first session's baseline names a version record, which lives outside the workshop: a
    // copy keeps pointing at it (opening the sample renumbers the two together, reassignIdsTogether).
    const outside = SAMPLE_BASELINE_VERSION_ID;
    const oldIds = uuids(JSON.stringify(SAMPLE_WORKSHOP));
    const newIds = uuids(JSON.stringify(copy()));
    for (const id of newIds) if (id !== outside) expect(oldIds.has(id)).toBe(false);
    expect(newIds.size).toBe(oldIds.size);
    expect(copy().sessions[0]!.baselineVersionId).toBe(outside);
  });

  it('makes every reference follow its target', () => {
    const result = copy();
    const priya = result.participants[2]!;
    expect(result.operatingModel.ownerParticipantId).toBe(priya.id);
    expect(result.pilot.deciderParticipantId).toBe(priya.id);
    expect(result.raci.parties[1]!.participantId).toBe(priya.id);
    expect(Object.keys(result.room.votes.sessions[0]!.ballots)).toContain(priya.id);
    const standardIds = new Set(result.standards.map((s) => s.id));
    expect(result.transition.exitCriteria.filter((c) => c.standardId !== null).every((c) => standardIds.has(c.standardId!))).toBe(true);
    const partyIds = new Set(result.raci.parties.map((p) => p.id));
    expect(result.raci.activities.every((a) => Object.keys(a.assignments).every((id) => partyIds.has(id)))).toBe(true);
  });

  it('changes nothing else: text, stage ids and numbers are as they were', () => {
    const result = copy();
    expect(result.meta).toEqual(SAMPLE_WORKSHOP.meta);
    expect(result.cost).toEqual(SAMPLE_WORKSHOP.cost);
    expect(result.room.notes.map((n) => [n.stageId, n.text])).toEqual(SAMPLE_WORKSHOP.room.notes.map((n) => [n.stageId, n.text]));
    expect(result.room.facilitatorNotes).toEqual(SAMPLE_WORKSHOP.room.facilitatorNotes);
  });
});
