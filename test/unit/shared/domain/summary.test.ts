import { describe, expect, it } from 'vitest';
import { createWorkshop, stageProgress, summarize, type Workshop } from '../../../../shared/domain';
import { SAMPLE_WORKSHOP, STAGE_IDS } from '../../../../shared/method';

let n = 0;
const newId = () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
const fresh = (): Workshop =>
  createWorkshop({ id: '22222222-2222-4222-8222-222222222222', now: '2026-11-26T08:30:00.000Z', template: 'full', title: 'Claims triage', newId });

describe('summarize', () => {
  it('lists a new workshop at setup, barely started', () => {
    const summary = summarize(fresh());
    expect(summary).toMatchObject({ title: 'Claims triage', currentStage: 'setup', stageReached: 'setup', participantCount: 0, deletedAt: null });
    expect(summary.completionPercent).toBeLessThan(5);
  });

  it('lists the sample as reaching review, nearly but not fully complete (it has deliberate gaps)', () => {
    const summary = summarize(SAMPLE_WORKSHOP);
    expect(summary).toEqual({
      id: SAMPLE_WORKSHOP.id,
      title: 'Invoice triage assistant: production plan',
      organisation: 'Hollis & Brandt Logistics',
      facilitator: 'Jo Whitfield',
      date: '2026-11-05',
      template: 'full',
      currentStage: 'review',
      stageReached: 'review',
      completionPercent: expect.any(Number),
      participantCount: 10,
      phase: SAMPLE_WORKSHOP.meta.phase,
      updatedAt: '2026-11-26T11:41:00.000Z',
      deletedAt: null,
      // Five actions are not done; the one done (the DPIA walk-through) is not listed.
      openActionDues: ['2026-12-04', '2026-12-04', '2026-12-04', '2026-12-11', '2027-01-15'],
    });
    expect(summary.completionPercent).toBeGreaterThan(90);
    expect(summary.completionPercent).toBeLessThan(100);
  });

  it('reports the furthest stage with content even when the room went back', () => {
    const workshop = fresh();
    workshop.cost.prototypeCents = 5_000_000;
    expect(summarize(workshop)).toMatchObject({ currentStage: 'setup', stageReached: 'cost' });
  });

  it('does not count decisions alone as reaching review (they are taken in any stage)', () => {
    const workshop = fresh();
    workshop.room.decisions.push({ id: newId(), text: 'Go', stageId: 'setup', decidedOn: null });
    expect(summarize(workshop).stageReached).toBe('setup');
  });

  it('carries the Trash date through', () => {
    expect(summarize({ ...fresh(), deletedAt: '2026-11-27T10:00:00.000Z' }).deletedAt).toBe('2026-11-27T10:00:00.000Z');
  });

  it('lists the due days of the actions not done, earliest first, for the overdue count', () => {
    const workshop = fresh();
    const item = (due: string | null, status: 'open' | 'done') => ({ id: newId(), text: '', ownerParticipantId: null, ownerName: '', due, status, statusHistory: [] });
    workshop.room.actions.push(item('2026-12-10', 'open'), item('2026-12-01', 'open'), item('2026-11-01', 'done'), item(null, 'open'));
    expect(summarize(workshop).openActionDues).toEqual(['2026-12-01', '2026-12-10']);
  });
});

describe('stageProgress', () => {
  it('covers every stage and never reports more done than there is', () => {
    for (const workshop of [fresh(), SAMPLE_WORKSHOP]) {
      const progress = stageProgress(workshop);
      expect(Object.keys(progress)).toEqual([...STAGE_IDS]);
      for (const id of STAGE_IDS) expect(progress[id].done).toBeLessThanOrEqual(progress[id].total);
    }
  });

  it('does not count the pre-filled defaults as work done (standards, RACI rows, transfer activities)', () => {
    const progress = stageProgress(fresh());
    expect([progress.standards.done, progress.ownership.done, progress.transition.done]).toEqual([0, 0, 0]);
  });

  const fills: { stage: (typeof STAGE_IDS)[number]; fill: (w: Workshop) => void }[] = [
    { stage: 'end-state', fill: (w) => { w.endState.whatRuns = 'Invoice routing'; } },
    { stage: 'operating-model', fill: (w) => { w.operatingModel.ownerName = 'Priya'; } },
    { stage: 'standards', fill: (w) => { w.standards[0]!.acceptanceCriteria = 'Pen test'; w.standards[0]!.owner = 'Aisha'; } },
    { stage: 'cost', fill: (w) => { w.cost.horizonYears = 3; } },
    { stage: 'ownership', fill: (w) => { w.raci.activities[0]!.assignments[w.raci.parties[0]!.id] = 'A'; } },
    { stage: 'transition', fill: (w) => { w.transition.weeks = 6; } },
    { stage: 'pilot', fill: (w) => { w.pilot.lengthWeeks = 8; } },
    { stage: 'review', fill: (w) => { w.room.actions.push({ id: newId(), text: 'x', ownerParticipantId: null, ownerName: '', due: null, status: 'open', statusHistory: [] }); } },
  ];
  it.each(fills)('counts an answer in $stage', ({ stage, fill }) => {
    const workshop = fresh();
    const before = stageProgress(workshop)[stage].done;
    fill(workshop);
    expect(stageProgress(workshop)[stage].done).toBe(before + 1);
  });
});
