import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../../../shared/domain';
import type { GoNoGoOutcome } from '../../../../shared/domain/pilot';
import type { Phase } from '../../../../shared/domain/sessions';
import {
  assessReadiness,
  phaseAfterDecision,
  phaseOf,
  readinessGate,
  stoppedPlan,
} from '../../../../shared/readiness';
import { readyWorkshop, tweak } from './builders';
import { handOverReady } from './gate-cases';

const ready = readyWorkshop();
const withPlan = (phase: Phase, outcome: GoNoGoOutcome | null, decidedOn: string | null = null, rationale = '') =>
  tweak(ready, (w) => {
    w.meta.phase = phase;
    w.pilot.decision = { outcome, decidedOn, rationale };
  });

describe('readinessGate: which gate the review speaks of', () => {
  it.each([
    { phase: 'planning', outcome: null, gate: 'pilot' },
    { phase: 'pilot', outcome: null, gate: 'pilot' },
    { phase: 'pilot', outcome: 'extend', gate: 'pilot' },
    { phase: 'go-no-go', outcome: null, gate: 'pilot' },
    { phase: 'go-no-go', outcome: 'go', gate: 'transition' },
    { phase: 'go-no-go', outcome: 'stop', gate: 'pilot' },
    { phase: 'transition', outcome: 'go', gate: 'transition' },
    { phase: 'transition', outcome: null, gate: 'transition' },
    { phase: 'production', outcome: 'go', gate: 'transition' },
    { phase: 'stopped', outcome: 'stop', gate: 'pilot' },
    // Set back to the pilot by hand after a "go": the phase wins.
    { phase: 'pilot', outcome: 'go', gate: 'pilot' },
  ] as const)('$phase with decision $outcome → $gate', ({ phase, outcome, gate }) => {
    expect(readinessGate(withPlan(phase, outcome))).toBe(gate);
  });
});

describe('phaseAfterDecision: recording a decision moves the phase', () => {
  it.each([
    { current: 'go-no-go', previous: null, next: 'go', phase: 'transition' },
    { current: 'pilot', previous: null, next: 'extend', phase: 'pilot' },
    { current: 'planning', previous: null, next: 'stop', phase: 'stopped' },
    { current: 'transition', previous: 'go', next: 'stop', phase: 'stopped' },
    { current: 'production', previous: 'go', next: 'go', phase: 'transition' },
    // Taken back: to the go/no-go, if the phase is still where the decision put it…
    { current: 'transition', previous: 'go', next: null, phase: 'go-no-go' },
    { current: 'stopped', previous: 'stop', next: null, phase: 'go-no-go' },
    { current: 'pilot', previous: 'extend', next: null, phase: 'go-no-go' },
    // …and otherwise left as the room set it.
    { current: 'production', previous: 'go', next: null, phase: 'production' },
    { current: 'planning', previous: null, next: null, phase: 'planning' },
  ] as const)('$current, $previous → $next: $phase', ({ current, previous, next, phase }) => {
    expect(phaseAfterDecision(current, previous, next)).toBe(phase);
  });
});

describe('phaseOf: a library row', () => {
  it.each([
    { row: {}, phase: 'planning' },
    { row: { phase: undefined }, phase: 'planning' },
    { row: { phase: 'stopped' }, phase: 'stopped' },
    { row: { phase: 'production' }, phase: 'production' },
  ] as const)('$row → $phase', ({ row, phase }) => {
    expect(phaseOf(row)).toBe(phase);
  });
});

describe('the verdict at the transition gate', () => {
  const verdictOf = (w: Workshop) => {
    const report = assessReadiness(w);
    return { gate: report.gate, verdict: report.verdict, label: report.verdictLabel };
  };

  it.each([
    { name: 'before "go"', workshop: ready, gate: 'pilot', verdict: 'ready', label: 'Ready to start the pilot' },
    { name: 'after "go", every standard shown', workshop: handOverReady, gate: 'transition', verdict: 'ready', label: 'Ready for transition' },
    {
      name: 'after "go", standards only agreed',
      workshop: withPlan('transition', 'go', '2026-06-01'),
      gate: 'transition',
      verdict: 'fix-before-starting',
      label: 'Fix before transition',
    },
    {
      name: 'after "go", owner has not confirmed',
      workshop: tweak(handOverReady, (w) => void (w.operatingModel.ownerConfirmed = false)),
      gate: 'transition',
      verdict: 'do-not-start',
      label: 'Do not hand over',
    },
    {
      name: 'after "go", no transition team',
      workshop: tweak(handOverReady, (w) => void (w.transition.members = [])),
      gate: 'transition',
      verdict: 'do-not-start',
      label: 'Do not hand over',
    },
    {
      name: 'after "go", one standard waived with a reason',
      workshop: tweak(handOverReady, (w) => Object.assign(w.standards[0]!, { status: 'waived', waivedReason: 'Covered by the group policy.' })),
      gate: 'transition',
      verdict: 'ready',
      label: 'Ready for transition',
    },
  ] as const)('$name: $label', ({ workshop, gate, verdict, label }) => {
    expect(verdictOf(workshop)).toEqual({ gate, verdict, label });
  });

  it('does not repeat a pilot-gate warning that the transition gate blocks on', () => {
    const noTeam = assessReadiness(tweak(handOverReady, (w) => void (w.transition.members = [])));
    expect(noTeam.findings.filter((f) => f.severity !== 'fine').map((f) => f.ruleId)).toEqual(['transition.team-not-booked']);
    const unconfirmed = assessReadiness(tweak(handOverReady, (w) => void (w.operatingModel.ownerConfirmed = false)));
    expect(unconfirmed.findings.filter((f) => f.severity !== 'fine').map((f) => f.ruleId)).toEqual([
      'operating-model.owner-not-confirmed-for-transition',
    ]);
  });
});

describe('a stopped plan is a finished plan', () => {
  it.each([
    {
      name: 'stopped by a recorded decision',
      workshop: withPlan('stopped', 'stop', '2026-06-01', ' The volumes never came. '),
      stopped: { decidedOn: '2026-06-01', rationale: 'The volumes never came.' },
    },
    { name: 'stopped by hand, no decision', workshop: withPlan('stopped', null), stopped: { decidedOn: null, rationale: '' } },
    { name: 'a stop decision, phase later set back to the pilot', workshop: withPlan('pilot', 'stop', '2026-06-01'), stopped: null },
    { name: 'in transition', workshop: handOverReady, stopped: null },
  ])('$name', ({ workshop, stopped }) => {
    expect(stoppedPlan(workshop)).toEqual(stopped);
    expect(assessReadiness(workshop).stopped).toEqual(stopped);
  });
});
