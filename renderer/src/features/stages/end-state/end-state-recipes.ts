import type { RiskAcceptance } from '../../../../../shared/domain/ai-risk';
import type { PreMortemRisk } from '../../../../../shared/domain/end-state';
import { LIMITS } from '../../../../../shared/domain/limits';
import type { Likelihood } from '../../../../../shared/domain/primitives';
import { workshopList, type WorkshopRecipe } from '../../../../../shared/editing/workshop-recipe';

/** The edits of the end-state stage: the pre-mortem's risks. */
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

/** Accept a risk for a while (who, why, until when), or withdraw the acceptance with null. */
export const acceptRisk = (id: string, acceptance: RiskAcceptance | null): WorkshopRecipe => risks.update(id, { acceptance });
