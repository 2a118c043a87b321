import type { GoNoGoOutcome, HypothesisOutcome } from '../domain/pilot';

/** What a hypothesis's measured result is called, on screen and in every export. */
export const HYPOTHESIS_OUTCOME_LABELS: Readonly<Record<HypothesisOutcome, string>> = {
  'not-measured': 'Not measured yet',
  met: 'Met',
  'not-met': 'Not met',
  inconclusive: 'Inconclusive',
};

/** The go/no-go decision, in the words the decider uses. */
export const GO_NO_GO_LABELS: Readonly<Record<GoNoGoOutcome, string>> = {
  go: 'Go to transition',
  extend: 'Extend the pilot',
  stop: 'Stop',
};
