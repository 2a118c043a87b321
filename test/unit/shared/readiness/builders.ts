import { createWorkshop, unmeasuredResult, type Workshop } from '../../../../shared/domain';
import { SAMPLE_WORKSHOP } from '../../../../shared/method';
import { sampleIds } from '../../../../shared/method/sample-workshop-ids';

/**
 * Workshops for the readiness tests: an empty one, a fully ready one built from scratch, and the
 * sample with its deliberate gaps closed. Tests change them only through `tweak`, which returns a
 * changed deep copy, so no case leaks into another.
 */

const NOW = '2026-03-02T09:00:00.000Z';

/** Valid version-4 UUIDs, 1, 2, 3… in the last group, unique within one workshop. */
export function idMaker(prefix = 'ad000000'): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  };
}

/** A changed deep copy: the original is never touched. */
export function tweak(workshop: Workshop, change: (draft: Workshop) => void): Workshop {
  const copy = structuredClone(workshop);
  change(copy);
  return copy;
}

export function emptyWorkshop(): Workshop {
  const newId = idMaker();
  return createWorkshop({ id: newId(), now: NOW, template: 'full', title: 'An empty plan', newId });
}

/** Fixed ids for the parts of readyWorkshop() that tests need to point at. */
export const READY = {
  innovation: 'be000000-0000-4000-8000-000000000001',
  operations: 'be000000-0000-4000-8000-000000000002',
  finance: 'be000000-0000-4000-8000-000000000003',
  risk: 'be000000-0000-4000-8000-000000000004',
  hypothesis: 'be000000-0000-4000-8000-000000000005',
  customStandard: 'be000000-0000-4000-8000-000000000006',
  decision: 'be000000-0000-4000-8000-000000000007',
  action: 'be000000-0000-4000-8000-000000000008',
  exitCriterion: 'be000000-0000-4000-8000-000000000009',
  inputVariety: 'be000000-0000-4000-8000-00000000000a',
  /** An id that names nothing in the workshop: a deleted item. */
  gone: 'be000000-0000-4000-8000-0000000000ff',
} as const;

/**
 * Built from createWorkshop, with every question shared/method/METHOD.md asks answered well: operations in the
 * room, a confirmed owner, all seven standards defined and owned, a covered business case with a
 * 3× transition, one Accountable and one Responsible per activity, a blended six-week transition,
 * a pilot hypothesis tied to the operating model on messy data, and a pre-mortem risk answered.
 */
export function readyWorkshop(): Workshop {
  return tweak(emptyWorkshop(), (w) => {
    w.meta.organisation = 'Northwind Insurance';
    w.meta.capability = 'Summarise incoming claims letters for the claims handlers.';
    w.participants = [
      { id: READY.innovation, name: 'Ines Novak', role: 'Data scientist', team: 'innovation', present: true },
      { id: READY.operations, name: 'Oscar Pike', role: 'Claims operations lead', team: 'operations', present: true },
      { id: READY.finance, name: 'Fay Lund', role: 'Finance partner', team: 'finance', present: true },
    ];
    w.endState.inputVarieties = [{ id: READY.inputVariety, label: 'Handwritten claims letters', inPilotData: true }];
    w.endState.aiRisk = {
      ...w.endState.aiRisk,
      decidesOrInfluences: 'Which summary a claims handler reads first; the handler decides the claim.',
      aboutWhom: 'Policyholders',
      profilesPeople: false,
      personalData: true,
      specialCategoryData: false,
      narrowProceduralTask: true,
    };
    w.operatingModel = {
      ...w.operatingModel,
      qualityGate: { goldenSetSize: 300, passThreshold: 'At least 95% of summaries rated correct' },
      modelEndOfLife: '2028-06-30',
      ownerParticipantId: READY.operations,
      ownerName: 'Oscar Pike',
      ownerTeam: 'Claims Operations',
      ownerConfirmed: true,
      ownerConfirmedOn: '2026-03-02',
    };
    for (const standard of w.standards) {
      standard.acceptanceCriteria =
        standard.key === 'data-governance' ? 'Personal data in claims letters stays in the EU.' : `${standard.name}: agreed test passed.`;
      standard.owner = 'Oscar Pike';
      standard.status = 'agreed';
    }
    w.cost = {
      ...w.cost,
      prototypeCents: 5_000_000,
      transitionCents: 15_000_000,
      operationsPerYearCents: 4_000_000,
      maintenancePerYearCents: 2_000_000,
      benefitPerYearCents: 20_000_000,
      horizonYears: 3,
      runningCostApprovedYears: 3,
      revalidationPerYearCents: 1_000_000,
    };
    const innovationParty = w.raci.parties.find((p) => p.team === 'innovation')!;
    const operationsParty = w.raci.parties.find((p) => p.team === 'operations')!;
    for (const activity of w.raci.activities) {
      activity.assignments = { [operationsParty.id]: 'A', [innovationParty.id]: 'R' };
    }
    w.transition.members = [
      { participantId: READY.innovation, side: 'innovation' },
      { participantId: READY.operations, side: 'operations' },
    ];
    w.transition.weeks = 6;
    w.transition.startDate = '2026-06-01';
    w.transition.exitCriteria = [{ id: READY.exitCriterion, text: 'Operations ran it alone for a week.', standardId: null }];
    w.pilot.hypotheses = [
      {
        id: READY.hypothesis,
        statement: 'The claims team can run the summariser without the data scientists.',
        tests: [{ kind: 'operating-model', refId: null }],
        successCriteria: 'No routine escalations in the last two weeks.',
        stopCriteria: 'More than five escalations a week.',
        result: unmeasuredResult(),
      },
    ];
    w.pilot.data = { ...w.pilot.data, volume: 'All letters for one region.', messyFormats: true, missingFields: true, edgeCases: true };
    w.pilot.deciderParticipantId = READY.operations;
    w.preMortemRisks = [
      {
        id: READY.risk,
        text: 'Nobody on the claims team knew how to run it, and it was switched off.',
        likelihood: 'medium',
        impact: 'high',
        answeredBy: [{ kind: 'transition', refId: null, note: 'Claims staff on the transition team.' }],
        acceptance: null,
      },
    ];
    w.room.decisions = [{ id: READY.decision, text: 'Oscar owns it.', stageId: 'operating-model', decidedOn: '2026-03-02' }];
    w.room.actions = [
      { id: READY.action, text: 'Book the pilot kick-off.', ownerParticipantId: READY.operations, ownerName: 'Oscar Pike', due: '2026-03-09', status: 'open', statusHistory: [] },
    ];
  });
}

/** The sample workshop with each gap in SAMPLE_WORKSHOP_GAPS closed, as the room would close it. */
export function sampleWithGapsClosed(): Workshop {
  return tweak(SAMPLE_WORKSHOP, (w) => {
    w.standards.find((s) => s.key === 'documentation')!.owner = 'Priya Raman';
    const outOfHours = w.raci.activities.find((a) => a.key === 'out-of-hours-incidents')!;
    outOfHours.assignments[sampleIds.raciParty(4)] = 'R';
    w.transition.lengthReason = 'Month-end close falls in week 5; we want two full closes inside the handover.';
    w.endState.inputVarieties.find((v) => !v.inPilotData)!.inPilotData = true;
  });
}
