import type { AcceptedFinding } from '../../../../../shared/domain/ai-risk';
import type { RiskAnswer } from '../../../../../shared/domain/end-state';
import { LIMITS } from '../../../../../shared/domain/limits';
import { updateItem } from '../../../../../shared/editing/list-recipes';
import type { WorkshopRecipe } from '../../../../../shared/editing/workshop-recipe';
import { answerValue, withoutAnswer } from './review-model';

/** The edits of the review stage: linking what in the plan answers each pre-mortem risk. */

/** An answer the risk already has, or one past the limit, changes nothing. */
export const linkRiskAnswer =
  (riskId: string, answer: RiskAnswer): WorkshopRecipe =>
  (draft) =>
    void updateItem(draft.preMortemRisks, riskId, (risk) => {
      const isKnown = risk.answeredBy.some((a) => answerValue(a) === answerValue(answer));
      if (!isKnown && risk.answeredBy.length < LIMITS.riskAnswers) risk.answeredBy.push(answer);
    });

export const unlinkRiskAnswer =
  (riskId: string, answer: RiskAnswer): WorkshopRecipe =>
  (draft) =>
    void updateItem(draft.preMortemRisks, riskId, (risk) => {
      risk.answeredBy = withoutAnswer(risk.answeredBy, answer);
    });

/**
 * Accept a warning for a while, by its finding key; accepting it again replaces the earlier
 * acceptance. Past the limit nothing changes.
 */
export const acceptFinding =
  (entry: AcceptedFinding): WorkshopRecipe =>
  (draft) => {
    if (entry.findingKey.length > LIMITS.shortText) return;
    const index = draft.acceptedFindings.findIndex((a) => a.findingKey === entry.findingKey);
    if (index >= 0) draft.acceptedFindings[index] = entry;
    else if (draft.acceptedFindings.length < LIMITS.acceptedFindings) draft.acceptedFindings.push(entry);
  };

export const withdrawFindingAcceptance =
  (findingKey: string): WorkshopRecipe =>
  (draft) => {
    draft.acceptedFindings = draft.acceptedFindings.filter((a) => a.findingKey !== findingKey);
  };
