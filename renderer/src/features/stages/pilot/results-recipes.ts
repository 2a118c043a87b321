import type { GoNoGoOutcome, HypothesisOutcome } from '../../../../../shared/domain/pilot';
import type { Phase } from '../../../../../shared/domain/sessions';
import { updateItem } from '../../../../../shared/editing/list-recipes';
import type { WorkshopRecipe } from '../../../../../shared/editing/workshop-recipe';
import { phaseAfterDecision } from '../../../../../shared/readiness/gate';

/** The edits of the pilot's results and the go/no-go (the text fields autosave on their own). */

export const setHypothesisOutcome =
  (id: string, outcome: HypothesisOutcome): WorkshopRecipe =>
  (draft) =>
    void updateItem(draft.pilot.hypotheses, id, (hypothesis) => {
      hypothesis.result.outcome = outcome;
    });

/**
 * Records (or takes back) the go/no-go and moves the phase with it, in one undo step: go →
 * transition, extend → pilot, stop → stopped. A decision without a date is dated `today`; a date
 * the room already entered is kept. With no decider chosen, the operational owner becomes it.
 */
export const recordDecision =
  (outcome: GoNoGoOutcome | null, today: string): WorkshopRecipe =>
  (draft) => {
    const { decision } = draft.pilot;
    draft.meta.phase = phaseAfterDecision(draft.meta.phase, decision.outcome, outcome);
    decision.outcome = outcome;
    if (outcome !== null && decision.decidedOn === null) decision.decidedOn = today;
    // The operational owner decides unless the room chose someone else.
    const ownerId = draft.operatingModel.ownerParticipantId;
    if (outcome !== null && draft.pilot.deciderParticipantId === null && draft.participants.some((p) => p.id === ownerId)) {
      draft.pilot.deciderParticipantId = ownerId;
    }
  };

/** The phase set by hand, e.g. "In production" once the transition is done. */
export const setPhase =
  (phase: Phase): WorkshopRecipe =>
  (draft) => {
    draft.meta.phase = phase;
  };
