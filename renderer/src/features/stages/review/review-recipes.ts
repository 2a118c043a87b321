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
