import { describe, expect, it } from 'vitest';
import { admitWorkshop, APP_RECORD_VERSIONING, type Workshop } from '../../../../shared/domain';
import { SAMPLE_WORKSHOP } from '../../../../shared/method';
import { asWrittenAtVersion1 } from './as-written-at-version-1';

/** The sample as record version 2 wrote it: version 1's shape plus week-plan row ids. */
function sampleAtVersion2(): Record<string, unknown> {
  const v1 = asWrittenAtVersion1(SAMPLE_WORKSHOP) as Record<string, unknown>;
  return { ...v1, schemaVersion: 2, transition: SAMPLE_WORKSHOP.transition };
}

function admit(raw: unknown): Workshop {
  const result = admitWorkshop(raw, APP_RECORD_VERSIONING);
  if (!result.ok) throw new Error(result.problem.message);
  return result.workshop;
}

const keysOf = (workshop: Workshop) => workshop.standards.map((standard) => standard.key);

describe('record version 2 → 3: AI depth', () => {
  it('keeps every field of a version 2 plan and adds the three AI standards as not discussed, at the end', () => {
    const v2 = sampleAtVersion2();
    const upgraded = admit(v2);
    expect(asWrittenAtVersion1(upgraded)).toEqual(asWrittenAtVersion1(SAMPLE_WORKSHOP));
    expect(upgraded.transition.weekPlan).toEqual(SAMPLE_WORKSHOP.transition.weekPlan);
    const added = upgraded.standards.slice(-3);
    expect(added.map(({ key, name, status, applies, owner, acceptanceCriteria }) => ({ key, name, status, applies, owner, acceptanceCriteria }))).toEqual([
      { key: 'evaluation-quality-gate', name: 'Evaluation and quality gate', status: 'not-discussed', applies: true, owner: '', acceptanceCriteria: '' },
      { key: 'human-oversight', name: 'Human oversight', status: 'not-discussed', applies: true, owner: '', acceptanceCriteria: '' },
      { key: 'ai-risk-assessment', name: 'AI risk and impact assessment', status: 'not-discussed', applies: true, owner: '', acceptanceCriteria: '' },
    ]);
    expect(new Set(upgraded.standards.map((s) => s.id)).size).toBe(upgraded.standards.length);
  });

  it('starts the new questions unanswered and the new lists empty', () => {
    const upgraded = admit(sampleAtVersion2());
    expect(upgraded.endState.inputVarieties).toEqual([]);
    expect(Object.values(upgraded.endState.aiRisk).every((answer) => answer === null || answer === '')).toBe(true);
    expect(upgraded.preMortemRisks.every((risk) => risk.acceptance === null)).toBe(true);
    expect(upgraded.acceptedFindings).toEqual([]);
    expect(upgraded.operatingModel.qualityGate).toEqual({ goldenSetSize: null, passThreshold: '' });
    expect([upgraded.operatingModel.modelEndOfLife, upgraded.cost.runningCostApprovedYears, upgraded.cost.revalidationPerYearCents]).toEqual([null, null, null]);
  });

  it.each([
    {
      name: 'a default the room removed stays removed',
      change: (standards: { key: string }[]) => standards.filter((s) => s.key !== 'documentation'),
      expectMissing: 'documentation',
    },
    {
      name: 'a plan with a full list of standards still fits',
      change: (standards: { key: string }[]) => [
        ...standards,
        ...Array.from({ length: 100 - standards.length }, (_, i) => ({ ...standards.at(-1), id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` })),
      ],
      expectMissing: undefined,
    },
  ])('$name', ({ change, expectMissing }) => {
    const v2 = sampleAtVersion2();
    v2.standards = change(v2.standards as { key: string }[]);
    const upgraded = admit(v2);
    expect(keysOf(upgraded)).toEqual(expect.arrayContaining(['evaluation-quality-gate', 'human-oversight', 'ai-risk-assessment']));
    if (expectMissing) expect(keysOf(upgraded)).not.toContain(expectMissing);
  });
});
