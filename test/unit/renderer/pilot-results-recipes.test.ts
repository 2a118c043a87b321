import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { WorkshopSchema, type Workshop } from '../../../shared/domain';
import type { GoNoGoOutcome } from '../../../shared/domain/pilot';
import type { Phase } from '../../../shared/domain/sessions';
import { SAMPLE_WORKSHOP } from '../../../shared/method/sample-workshop';
import { describeResults } from '../../../renderer/src/features/stages/pilot/ResultsAndDecision';
import { recordDecision, setHypothesisOutcome, setPhase } from '../../../renderer/src/features/stages/pilot/results-recipes';
import type { WorkshopRecipe } from '../../../shared/editing/workshop-recipe';

const apply = (workshop: Workshop, recipe: WorkshopRecipe): Workshop => produce(workshop, recipe);
const TODAY = '2027-02-15';

const at = (phase: Phase, outcome: GoNoGoOutcome | null, decidedOn: string | null = null, decider: string | null = null): Workshop =>
  produce(SAMPLE_WORKSHOP, (w) => {
    w.meta.phase = phase;
    w.pilot.decision = { outcome, decidedOn, rationale: '' };
    w.pilot.deciderParticipantId = decider;
  });

const owner = SAMPLE_WORKSHOP.operatingModel.ownerParticipantId!;
const someoneElse = SAMPLE_WORKSHOP.participants.find((p) => p.id !== owner)!.id;

describe('recordDecision: the go/no-go moves the phase in the same step', () => {
  it.each([
    { name: 'go from the go/no-go', from: at('go-no-go', null), outcome: 'go', phase: 'transition', decidedOn: TODAY },
    { name: 'extend from the pilot', from: at('pilot', null), outcome: 'extend', phase: 'pilot', decidedOn: TODAY },
    { name: 'stop from planning', from: at('planning', null), outcome: 'stop', phase: 'stopped', decidedOn: TODAY },
    { name: 'a date the room entered is kept', from: at('go-no-go', null, '2027-01-31'), outcome: 'go', phase: 'transition', decidedOn: '2027-01-31' },
    { name: 'go changed to stop', from: at('transition', 'go', '2027-01-31'), outcome: 'stop', phase: 'stopped', decidedOn: '2027-01-31' },
    { name: 'go taken back', from: at('transition', 'go', '2027-01-31'), outcome: null, phase: 'go-no-go', decidedOn: '2027-01-31' },
    { name: 'taken back once in production', from: at('production', 'go', '2027-01-31'), outcome: null, phase: 'production', decidedOn: '2027-01-31' },
  ] as const)('$name', ({ from, outcome, phase, decidedOn }) => {
    const after = apply(from, recordDecision(outcome, TODAY));
    expect(after.pilot.decision.outcome).toBe(outcome);
    expect(after.meta.phase).toBe(phase);
    expect(after.pilot.decision.decidedOn).toBe(decidedOn);
    expect(WorkshopSchema.safeParse(after).success).toBe(true);
  });

  it.each([
    { name: 'no decider: the operational owner decides', decider: null, outcome: 'go', expected: owner },
    { name: 'someone else chosen: kept', decider: someoneElse, outcome: 'go', expected: someoneElse },
    { name: 'taken back: no decider is invented', decider: null, outcome: null, expected: null },
  ] as const)('$name', ({ decider, outcome, expected }) => {
    const after = apply(at('go-no-go', null, null, decider), recordDecision(outcome, TODAY));
    expect(after.pilot.deciderParticipantId).toBe(expected);
  });

  it('does not name a removed owner as the decider', () => {
    const ownerGone = produce(at('go-no-go', null), (w) => void (w.operatingModel.ownerParticipantId = '0d000000-0000-4000-8000-0000000000ff'));
    expect(apply(ownerGone, recordDecision('go', TODAY)).pilot.deciderParticipantId).toBeNull();
  });
});

describe('the other results edits', () => {
  it('sets one hypothesis outcome and leaves the others', () => {
    const [first, second] = SAMPLE_WORKSHOP.pilot.hypotheses;
    const after = apply(SAMPLE_WORKSHOP, setHypothesisOutcome(first!.id, 'not-met'));
    expect(after.pilot.hypotheses[0]!.result.outcome).toBe('not-met');
    expect(after.pilot.hypotheses[1]!.result).toEqual(second!.result);
  });

  it('sets the phase by hand', () => {
    expect(apply(at('transition', 'go'), setPhase('production')).meta.phase).toBe('production');
  });

  it.each([
    { outcomes: [], text: '' },
    { outcomes: ['met', 'met', 'not-measured'], text: '2 met · 1 not measured yet' },
    { outcomes: ['inconclusive', 'not-met', 'met'], text: '1 met · 1 not met · 1 inconclusive' },
  ] as const)('counts the results: $text', ({ outcomes, text }) => {
    expect(describeResults(outcomes)).toBe(text);
  });
});
