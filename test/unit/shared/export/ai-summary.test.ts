import { describe, expect, it } from 'vitest';
import { unansweredAiRisk, type AiRiskQuestions } from '../../../../shared/domain/ai-risk';
import { aiRiskBlocks, costApprovalFacts, inputVarietiesFact, qualityGateFacts } from '../../../../shared/export/ai-summary';
import { SAMPLE_WORKSHOP } from '../../../../shared/method/sample-workshop';

const unanswered: AiRiskQuestions = unansweredAiRisk();
const withRisk = (aiRisk: Partial<AiRiskQuestions>) => ({ ...SAMPLE_WORKSHOP.endState, aiRisk: { ...unanswered, ...aiRisk } });
const factsOf = (blocks: ReturnType<typeof aiRiskBlocks>) => blocks.flatMap((b) => (b.kind === 'facts' ? b.facts : []));
const fact = (blocks: ReturnType<typeof aiRiskBlocks>, label: string) => factsOf(blocks).find((f) => f.label === label)?.value;

describe('the AI fields in the summary', () => {
  it.each<[string, Partial<AiRiskQuestions>, string]>([
    ['nothing answered', {}, 'Not decided (the answers suggest minimal risk)'],
    ['health data, not decided', { specialCategoryData: true }, 'Not decided (the answers suggest high risk)'],
    ['the room agrees with the answers', { specialCategoryData: true, chosenClass: 'high' }, 'High risk, chosen by the room'],
    ['the room departs from them', { personalData: true, chosenClass: 'minimal' }, 'Minimal risk, chosen by the room (the answers suggest limited risk)'],
  ])('risk class, %s', (_name, aiRisk, expected) => {
    expect(fact(aiRiskBlocks(withRisk(aiRisk)), 'Risk class')).toBe(expected);
  });

  it('says the class is guidance, and lists every answer, unanswered ones included', () => {
    const blocks = aiRiskBlocks(withRisk({ profilesPeople: false }));
    expect(blocks).toContainEqual({ kind: 'paragraph', text: 'Guidance for the room, not legal advice.' });
    expect(fact(blocks, 'Answers')).toBe(
      'Profiles people: No · Personal data: Not answered · Special-category data: Not answered · Narrow procedural task (Art. 6(3)): Not answered',
    );
    expect(fact(blocks, 'Reasoning')).toBe('Not recorded');
  });

  it('marks the input varieties the pilot has not seen', () => {
    const endState = {
      ...SAMPLE_WORKSHOP.endState,
      inputVarieties: [
        { id: '00000000-0000-4000-8000-000000000001', label: 'PDF', inPilotData: true },
        { id: '00000000-0000-4000-8000-000000000002', label: ' ', inPilotData: false },
      ],
    };
    expect(inputVarietiesFact(endState).value).toBe('PDF; Unnamed variety (not in the pilot data)');
    expect(inputVarietiesFact({ ...endState, inputVarieties: [] }).value).toBe('Not recorded');
  });

  it.each<[string, { goldenSetSize: number | null; passThreshold: string }, string | null, string[]]>([
    ['all recorded', { goldenSetSize: 1200, passThreshold: '≥ 97%' }, '2027-10-31', ['Golden set of 1,200 real inputs; pass: ≥ 97%', '31 October 2027']],
    ['one input, no threshold', { goldenSetSize: 1, passThreshold: '' }, null, ['Golden set of 1 real input', 'Not recorded']],
    ['nothing', { goldenSetSize: null, passThreshold: '  ' }, null, ['Not recorded', 'Not recorded']],
  ])('quality gate and model end of life, %s', (_name, qualityGate, modelEndOfLife, expected) => {
    const model = { ...SAMPLE_WORKSHOP.operatingModel, qualityGate, modelEndOfLife };
    expect(qualityGateFacts(model).map((f) => f.value)).toEqual(expected);
  });

  it.each<[string, number | null, number | null, number | null, string[]]>([
    ['approved against the horizon', 2, 5, 1_200_000, ['2 years of a 5-year horizon', '€12,000']],
    ['no horizon yet', 1, null, 0, ['1 year', '€0']],
    ['nothing entered', null, 3, null, ['Not recorded', 'not entered']],
  ])('running cost approved and re-validation, %s', (_name, approved, horizon, revalidation, expected) => {
    const cost = { ...SAMPLE_WORKSHOP.cost, currency: 'EUR', runningCostApprovedYears: approved, horizonYears: horizon, revalidationPerYearCents: revalidation };
    expect(costApprovalFacts(cost).map((f) => f.value)).toEqual(expected);
  });
});
