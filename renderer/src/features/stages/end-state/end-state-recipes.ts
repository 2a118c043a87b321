import type { AiRiskClass, InputVariety, RiskAcceptance } from '../../../../../shared/domain/ai-risk';
import type { PreMortemRisk } from '../../../../../shared/domain/end-state';
import { LIMITS } from '../../../../../shared/domain/limits';
import type { Likelihood } from '../../../../../shared/domain/primitives';
import { workshopList, type WorkshopRecipe } from '../../../../../shared/editing/workshop-recipe';
import type { RiskYesNoKey } from '../../../../../shared/method/ai-risk-questions';

/** The edits of the end-state stage: the pre-mortem's risks, the risk-class answers and the input varieties. */
const risks = workshopList<PreMortemRisk>((draft) => draft.preMortemRisks, LIMITS.preMortemRisks);

/** An empty risk right after `afterId` (the room calls reasons out in a row), or at the end. */
export const addRisk =
  (id: string, afterId?: string): WorkshopRecipe =>
  (draft) => {
    if (draft.preMortemRisks.length >= LIMITS.preMortemRisks) return;
    const risk: PreMortemRisk = { id, text: '', likelihood: 'medium', impact: 'medium', answeredBy: [], acceptance: null };
    const index = afterId === undefined ? -1 : draft.preMortemRisks.findIndex((r) => r.id === afterId);
    if (index < 0) draft.preMortemRisks.push(risk);
    else draft.preMortemRisks.splice(index + 1, 0, risk);
  };

export const rateRisk = (id: string, key: 'likelihood' | 'impact', level: Likelihood): WorkshopRecipe =>
  risks.update(id, { [key]: level });
export const removeRisk = (id: string): WorkshopRecipe => risks.remove(id);

/** Yes, no, or back to "not answered" (null). */
export const answerRiskQuestion =
  (key: RiskYesNoKey, answer: boolean | null): WorkshopRecipe =>
  (draft) => {
    draft.endState.aiRisk[key] = answer;
  };

/** The class the room settles on; null is "not decided", and the suggestion stands in for it. */
export const chooseRiskClass =
  (riskClass: AiRiskClass | null): WorkshopRecipe =>
  (draft) => {
    draft.endState.aiRisk.chosenClass = riskClass;
  };

/** "Use this reasoning": the suggestion's text replaces the room's (one undo step brings it back). */
export const adoptRiskReasoning =
  (reasoning: string): WorkshopRecipe =>
  (draft) => {
    draft.endState.aiRisk.reasoning = reasoning;
  };

const varieties = workshopList<InputVariety>((draft) => draft.endState.inputVarieties, LIMITS.inputVarieties);

export const addInputVariety = (id: string): WorkshopRecipe => varieties.add({ id, label: '', inPilotData: false });
export const setInPilotData = (id: string, inPilotData: boolean): WorkshopRecipe => varieties.update(id, { inPilotData });
export const removeInputVariety = (id: string): WorkshopRecipe => varieties.remove(id);
export const moveInputVariety = (id: string, offset: -1 | 1): WorkshopRecipe => varieties.move(id, offset);

/** Accept a risk for a while (who, why, until when), or withdraw the acceptance with null. */
export const acceptRisk = (id: string, acceptance: RiskAcceptance | null): WorkshopRecipe => risks.update(id, { acceptance });
