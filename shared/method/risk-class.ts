import type { AiRiskClass, AiRiskQuestions } from '../domain/ai-risk';

/**
 * The risk class the room's answers point to, with a reasoning the room can edit. This is guidance
 * for a workshop, not legal advice: the room settles the class (`chosenClass`) and the reasoning it
 * stores is its own.
 *
 * - Profiling people makes a system high risk, whatever the task: the Art. 6(3) exemption ends with
 *   "always high-risk where the AI system performs profiling of natural persons".
 * - Special-category personal data makes it high risk too, unless it only performs a narrow
 *   procedural task that does not replace a human assessment (Art. 6(3)).
 * - Personal data, or a system that is about people at all, is limited risk: people must be told
 *   they deal with AI and the data rules apply.
 * - Anything else is minimal risk.
 *
 * Unanswered questions (null) count as "no": the suggestion firms up as the room answers.
 */
export interface RiskClassSuggestion {
  readonly riskClass: AiRiskClass;
  readonly reasoning: string;
}

type RiskAnswers = Pick<
  AiRiskQuestions,
  'profilesPeople' | 'personalData' | 'specialCategoryData' | 'narrowProceduralTask'
>;

export function suggestRiskClass(answers: RiskAnswers): RiskClassSuggestion {
  const special = answers.specialCategoryData === true;
  const profiling = answers.profilesPeople === true;
  const narrow = answers.narrowProceduralTask === true;
  const personal = answers.personalData === true;

  if (profiling) {
    return {
      riskClass: 'high',
      reasoning:
        'Suggested high risk because it profiles people: a system that profiles people stays high risk even when ' +
        'it performs a narrow procedural task (Art. 6(3) does not exempt profiling). Human oversight and an AI ' +
        'risk assessment are required.',
    };
  }
  if (special && !narrow) {
    return {
      riskClass: 'high',
      reasoning:
        'Suggested high risk because it processes special-category personal data, and it is not limited to a ' +
        'narrow procedural task (the Art. 6(3) exemption does not apply). Human oversight and an AI risk ' +
        'assessment are required.',
    };
  }
  if (special) {
    return {
      riskClass: 'limited',
      reasoning:
        'Suggested limited risk: it touches special-category data, but only performs a ' +
        'narrow procedural task that does not replace a human assessment (Art. 6(3)). Write down why the task ' +
        'is narrow, so the exemption can be checked later.',
    };
  }
  if (personal) {
    return {
      riskClass: 'limited',
      reasoning:
        'Suggested limited risk: it processes personal data but neither special-category data nor profiles ' +
        'of people. Data-protection rules apply; people must know when they deal with AI.',
    };
  }
  return {
    riskClass: 'minimal',
    reasoning:
      'Suggested minimal risk: by the answers so far it processes no personal data and does not profile people.',
  };
}

/** The class the plan works with: the room's choice, else the suggestion. */
export function effectiveRiskClass(answers: AiRiskQuestions): AiRiskClass {
  return answers.chosenClass ?? suggestRiskClass(answers).riskClass;
}
