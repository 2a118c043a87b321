import type { AiRiskClass } from '../domain/ai-risk';
import type { DefaultStandardKey } from './standards';

/**
 * The words of the risk-class questions on the end-state stage, shared by the screen and the
 * summary so both ask and report them the same way. The class itself is suggested by
 * risk-class.ts (effectiveRiskClass: the room's choice, else the suggestion); the room decides.
 */

/** The questions answered yes, no or "not answered yet" (null). */
export type RiskYesNoKey = 'profilesPeople' | 'personalData' | 'specialCategoryData' | 'narrowProceduralTask';

export interface RiskYesNoQuestion {
  readonly key: RiskYesNoKey;
  readonly question: string;
  readonly hint: string;
  /** How the summary states the answer, short. */
  readonly summaryLabel: string;
}

export const RISK_YES_NO_QUESTIONS: readonly RiskYesNoQuestion[] = [
  {
    key: 'profilesPeople',
    question: 'Does it profile people?',
    hint: 'It rates or predicts something about a person: performance, reliability, behaviour, needs.',
    summaryLabel: 'Profiles people',
  },
  {
    key: 'personalData',
    question: 'Does it use personal data?',
    hint: 'Anything that identifies a person, a contact name on an invoice included.',
    summaryLabel: 'Personal data',
  },
  {
    key: 'specialCategoryData',
    question: 'Does it use special-category data?',
    hint: 'Health, biometrics, ethnicity, religion or beliefs, union membership, sex life or orientation.',
    summaryLabel: 'Special-category data',
  },
  {
    key: 'narrowProceduralTask',
    question: 'Is it only a narrow procedural task?',
    hint: 'It prepares or checks a person’s decision and does not replace their assessment (Art. 6(3)).',
    summaryLabel: 'Narrow procedural task (Art. 6(3))',
  },
];

export const RISK_CLASS_LABELS: Readonly<Record<AiRiskClass, string>> = {
  minimal: 'Minimal risk',
  limited: 'Limited risk',
  high: 'High risk',
};

export const NOT_ANSWERED = 'Not answered';

export const yesNoLabel = (answer: boolean | null): string => (answer === null ? NOT_ANSWERED : answer ? 'Yes' : 'No');

/** The default standards a high-risk system cannot waive without a stated reason. */
export const REQUIRED_FOR_HIGH_RISK: readonly DefaultStandardKey[] = ['human-oversight', 'ai-risk-assessment'];

/** Whether a standard with this key is required for a system of this class. */
export const isRequiredForClass = (key: string, riskClass: AiRiskClass): boolean =>
  riskClass === 'high' && (REQUIRED_FOR_HIGH_RISK as readonly string[]).includes(key);
