import { LIMITS } from '../../../../../shared/domain/limits';
import { unmeasuredResult, type HypothesisTest, type PilotHypothesis } from '../../../../../shared/domain/pilot';
import { updateItem } from '../../../../../shared/editing/list-recipes';
import { workshopList, type WorkshopRecipe } from '../../../../../shared/editing/workshop-recipe';
import { linkValue } from './pilot-model';

/** The edits of the pilot stage. */
const hypotheses = workshopList<PilotHypothesis>((draft) => draft.pilot.hypotheses, LIMITS.hypotheses);

export type DataFlag = 'messyFormats' | 'missingFields' | 'edgeCases' | 'curatedOnly';

export const addHypothesis = (id: string): WorkshopRecipe =>
  hypotheses.add({ id, statement: '', tests: [], successCriteria: '', stopCriteria: '', result: unmeasuredResult() });
export const removeHypothesis = (id: string): WorkshopRecipe => hypotheses.remove(id);

/** Links what a hypothesis tests; a link it already has, or one past the limit, changes nothing. */
export const linkHypothesis =
  (id: string, test: HypothesisTest): WorkshopRecipe =>
  (draft) =>
    void updateItem(draft.pilot.hypotheses, id, (hypothesis) => {
      const isKnown = hypothesis.tests.some((t) => linkValue(t) === linkValue(test));
      if (!isKnown && hypothesis.tests.length < LIMITS.hypothesisTests) hypothesis.tests.push(test);
    });

export const unlinkHypothesis =
  (id: string, test: HypothesisTest): WorkshopRecipe =>
  (draft) =>
    void updateItem(draft.pilot.hypotheses, id, (hypothesis) => {
      hypothesis.tests = hypothesis.tests.filter((t) => linkValue(t) !== linkValue(test));
    });

export const setDataFlag =
  (key: DataFlag, value: boolean): WorkshopRecipe =>
  (draft) => {
    draft.pilot.data[key] = value;
  };

export const setDecider =
  (participantId: string | null): WorkshopRecipe =>
  (draft) => {
    draft.pilot.deciderParticipantId = participantId;
  };
