import { Lock } from 'lucide-react';
import { useState } from 'react';
import { LIMITS } from '../../../../shared/domain/limits';
import type { Workshop } from '../../../../shared/domain/workshop';
import type { StageId } from '../../../../shared/method/stages';
import { AutosaveField } from '../../editing/AutosaveField';
import type { WorkshopEdit } from '../../editing/useWorkshopEdit';

interface FacilitatorNotesProps {
  readonly workshop: Workshop;
  readonly stageId: StageId;
  readonly edit: WorkshopEdit;
}

/**
 * The facilitator's private notes for this stage: folded away by default (the screen may be
 * projected), never sent to the presenter window or a summary unless asked.
 */
export function FacilitatorNotes({ workshop, stageId, edit }: FacilitatorNotesProps) {
  const stored = workshop.room.facilitatorNotes[stageId];
  const [isOpen, setIsOpen] = useState(false);
  return (
    <details
      className="facilitator-notes"
      onToggle={(event) => {
        const open = event.currentTarget.open;
        setIsOpen(open);
        // The record holds only stages that have notes, and an autosaved field can only write a key
        // that exists (field-path.ts refuses to create one): make it the first time the panel opens.
        if (open && stored === undefined) {
          // Not a change anyone would want to undo.
          void edit(
            (draft) => {
              if (draft.room.facilitatorNotes[stageId] === undefined) draft.room.facilitatorNotes[stageId] = '';
            },
            { isOperational: true },
          );
        }
      }}
    >
      <summary>
        <Lock aria-hidden="true" size={18} />
        Facilitator notes — private, never on the projector
        {stored?.trim() ? <span className="facilitator-notes-mark"> · has notes</span> : null}
      </summary>
      {isOpen && stored !== undefined && (
        <AutosaveField
          workshopId={workshop.id}
          path={['room', 'facilitatorNotes', stageId]}
          value={stored}
          label="Your notes for this stage"
          hint="Only you see these: they stay off the presenter window and out of the summary."
          multiline
          rows={5}
          maxLength={LIMITS.longText}
        />
      )}
    </details>
  );
}
