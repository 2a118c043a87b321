import type { Workshop } from '../domain/workshop';

/**
 * Copies that must follow their source, applied after every edit so a rename in one stage is
 * seen everywhere (exports, readiness, other windows). Mutates a draft; cheap enough for every
 * keystroke commit.
 *
 * - The operational owner chosen from the participants keeps that participant's current name in
 *   `ownerName`, which is what exports and the summary print.
 */
export function syncDerivedFields(draft: Workshop): void {
  const { operatingModel } = draft;
  if (operatingModel.ownerParticipantId === null) return;
  const owner = draft.participants.find((participant) => participant.id === operatingModel.ownerParticipantId);
  // A removed participant keeps the last known name: it is the only record left of who it was.
  if (owner && owner.name !== operatingModel.ownerName) operatingModel.ownerName = owner.name;
}
