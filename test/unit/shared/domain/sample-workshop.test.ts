import { describe, expect, it } from 'vitest';
import { stageProgress, WorkshopSchema } from '../../../../shared/domain';
import { SAMPLE_BASELINE_VERSION_ID } from '../../../../shared/method/sample-workshop-ids';
import { SAMPLE_WORKSHOP as sample, SAMPLE_WORKSHOP_GAPS, STAGE_IDS } from '../../../../shared/method';

describe('the sample workshop (invoice triage at a logistics firm)', () => {
  it('validates against the schema', () => {
    const result = WorkshopSchema.safeParse(sample);
    expect(result.success ? 'valid' : result.error.issues).toBe('valid');
  });

  it('is dated 5 November 2026 (its first workshop) and has 9–10 participants across teams, operations included', () => {
    expect(sample.meta.date).toBe('2026-11-05');
    expect(sample.participants.length).toBeGreaterThanOrEqual(9);
    expect(sample.participants.length).toBeLessThanOrEqual(10);
    expect(sample.participants.some((p) => p.team === 'operations' && p.present)).toBe(true);
    expect(new Set(sample.participants.map((p) => p.team)).size).toBeGreaterThanOrEqual(6);
  });

  it.each(STAGE_IDS)('touches the %s stage', (stageId) => {
    expect(stageProgress(sample)[stageId].done).toBeGreaterThan(0);
  });

  it('has a revealed vote within budget, a parking lot, decisions and owned actions with due dates', () => {
    const session = sample.room.votes.sessions[0]!;
    expect(session.status).toBe('revealed');
    for (const ballot of Object.values(session.ballots)) {
      expect(Object.values(ballot).reduce((sum, dots) => sum + dots, 0)).toBeLessThanOrEqual(session.budgetPerPerson);
    }
    expect(sample.room.parkingLot.length).toBeGreaterThan(0);
    expect(sample.room.decisions.length).toBeGreaterThan(0);
    expect(sample.room.actions.every((a) => a.ownerParticipantId !== null && a.due !== null)).toBe(true);
  });

  it('keeps its deliberate warning signs for the facilitator to discuss', () => {
    expect(SAMPLE_WORKSHOP_GAPS.length).toBeGreaterThanOrEqual(2);
    expect(sample.standards.find((s) => s.key === 'documentation')?.owner).toBe('');
    expect(sample.preMortemRisks.filter((r) => r.answeredBy.length === 0)).toHaveLength(1);
    expect(sample.transition).toMatchObject({ weeks: 10, lengthReason: '' });
    const outOfHours = sample.raci.activities.find((a) => a.key === 'out-of-hours-incidents')!;
    expect(Object.values(outOfHours.assignments).filter((letter) => letter === 'A')).toHaveLength(2);
  });

  it('has good answers elsewhere: a confirmed owner, realistic pilot data, a lifecycle the benefit covers', () => {
    expect(sample.operatingModel.ownerConfirmed).toBe(true);
    expect(sample.pilot.data.curatedOnly).toBe(false);
    const { prototypeCents, transitionCents, operationsPerYearCents, maintenancePerYearCents, benefitPerYearCents, horizonYears } = sample.cost;
    const years = horizonYears!;
    const lifecycle = prototypeCents! + transitionCents! + years * (operationsPerYearCents! + maintenancePerYearCents!);
    expect(years * benefitPerYearCents!).toBeGreaterThan(lifecycle);
  });

  it('only points at things that exist (its references are all whole)', () => {
    const ids = new Set<string>();
    JSON.stringify(sample, (key, value: unknown) => {
      if (key === 'id' && typeof value === 'string') ids.add(value);
      return value;
    });
    const dangling: string[] = [];
    JSON.stringify(sample, (key, value: unknown) => {
      if (key !== 'id' && key.endsWith('Id') && key !== 'stageId' && typeof value === 'string' && !ids.has(value)) dangling.push(`${key}=${value}`);
      if (key === 'ballots' || key === 'assignments') {
        for (const ref of Object.keys(value as object)) if (!ids.has(ref)) dangling.push(`${key}.${ref}`);
      }
      return value;
    });
    // The one reference outside the workshop: its first session's baseline, a version record
    // stored beside it when the sample opens (SAMPLE_BASELINE).
    expect(dangling).toEqual([`baselineVersionId=${SAMPLE_BASELINE_VERSION_ID}`]);
  });
});
