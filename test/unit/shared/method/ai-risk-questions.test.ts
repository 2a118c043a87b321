import { describe, expect, it } from 'vitest';
import { AI_RISK_CLASSES } from '../../../../shared/domain/ai-risk';
import { DEFAULT_STANDARD_KEYS } from '../../../../shared/method/standards';
import {
  isRequiredForClass,
  REQUIRED_FOR_HIGH_RISK,
  RISK_CLASS_LABELS,
  RISK_YES_NO_QUESTIONS,
  yesNoLabel,
} from '../../../../shared/method/ai-risk-questions';

describe('the risk-class questions', () => {
  it.each([
    ['human-oversight', 'high', true],
    ['ai-risk-assessment', 'high', true],
    ['human-oversight', 'limited', false],
    ['ai-risk-assessment', 'minimal', false],
    ['security-review', 'high', false],
    ['evaluation-quality-gate', 'high', false],
    ['custom', 'high', false],
  ] as const)('%s is required for a %s-risk system: %s', (key, riskClass, required) => {
    expect(isRequiredForClass(key, riskClass)).toBe(required);
  });

  it.each([
    [null, 'Not answered'],
    [true, 'Yes'],
    [false, 'No'],
  ] as const)('an answer of %s reads "%s"', (answer, label) => {
    expect(yesNoLabel(answer)).toBe(label);
  });

  it('asks each yes/no question once, names every class and requires only default standards', () => {
    expect(new Set(RISK_YES_NO_QUESTIONS.map((q) => q.key)).size).toBe(RISK_YES_NO_QUESTIONS.length);
    expect(AI_RISK_CLASSES.map((c) => RISK_CLASS_LABELS[c])).toEqual(['Minimal risk', 'Limited risk', 'High risk']);
    expect(REQUIRED_FOR_HIGH_RISK.every((key) => (DEFAULT_STANDARD_KEYS as readonly string[]).includes(key))).toBe(true);
  });
});
