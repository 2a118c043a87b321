import { describe, expect, it } from 'vitest';
import type { AiRiskQuestions } from '../../../../shared/domain/ai-risk';
import { effectiveRiskClass, suggestRiskClass } from '../../../../shared/method/risk-class';

type Answer = boolean | null;

function answers(
  specialCategoryData: Answer,
  profilesPeople: Answer,
  narrowProceduralTask: Answer,
  personalData: Answer,
): AiRiskQuestions {
  return {
    decidesOrInfluences: '',
    aboutWhom: '',
    profilesPeople,
    personalData,
    specialCategoryData,
    narrowProceduralTask,
    chosenClass: null,
    reasoning: '',
  };
}

describe('suggestRiskClass', () => {
  it.each([
    // special, profiling, narrow, personal → class
    ['special-category data', true, false, false, true, 'high'],
    ['profiling people', false, true, false, true, 'high'],
    ['both, narrow task unanswered', true, true, null, true, 'high'],
    ['special-category data but a narrow procedural task', true, false, true, true, 'limited'],
    ['profiling, even as a narrow procedural task (Art. 6(3) never exempts profiling)', false, true, true, false, 'high'],
    ['personal data only', false, false, false, true, 'limited'],
    ['personal data, narrow task', false, false, true, true, 'limited'],
    ['no personal data', false, false, false, false, 'minimal'],
    ['nothing answered yet', null, null, null, null, 'minimal'],
  ] as const)('%s → %s', (_case, special, profiling, narrow, personal, expected) => {
    expect(suggestRiskClass(answers(special, profiling, narrow, personal)).riskClass).toBe(expected);
  });

  it('names the reasons and the Art. 6(3) exemption in the text the room edits', () => {
    const high = suggestRiskClass(answers(true, true, false, true)).reasoning;
    expect(high).toContain('it profiles people');
    expect(suggestRiskClass(answers(true, false, false, true)).reasoning).toContain('special-category personal data');
    expect(high).toContain('Art. 6(3)');
    expect(suggestRiskClass(answers(true, false, true, true)).reasoning).toContain('narrow procedural task');
    expect(suggestRiskClass(answers(false, false, false, false)).reasoning).toMatch(/^Suggested minimal risk/);
  });

  it('the effective class is the room’s choice when it made one, else the suggestion', () => {
    expect(effectiveRiskClass(answers(true, false, false, true))).toBe('high');
    expect(effectiveRiskClass({ ...answers(true, false, false, true), chosenClass: 'limited' })).toBe('limited');
    expect(effectiveRiskClass({ ...answers(null, null, null, null), chosenClass: 'high' })).toBe('high');
  });
});
