import { useRef } from 'react';
import type { Workshop } from '../../../../shared/domain/workshop';
import type { StageId } from '../../../../shared/method/stages';
import type { WorkshopEdit } from '../../editing/useWorkshopEdit';
import { FacilitatorNotes } from './FacilitatorNotes';
import { RoomNotes } from './RoomNotes';
import { useLaidOutOnce } from './useLaidOutOnce';
import { VotePanel } from './VotePanel';
import './room.css';

interface RoomSectionProps {
  readonly workshop: Workshop;
  readonly stageId: StageId;
  readonly edit: WorkshopEdit;
}

/** What the room adds to every stage, under the stage's own work: notes, a dot vote, private notes. */
export function RoomSection({ workshop, stageId, edit }: RoomSectionProps) {
  const section = useRef<HTMLDivElement>(null);
  // Each stage has its own notes (new cards), so each stage's wall is laid out once.
  useLaidOutOnce(section, stageId);
  return (
    <div className="room-section" ref={section}>
      <RoomNotes workshop={workshop} stageId={stageId} edit={edit} />
      <VotePanel workshop={workshop} stageId={stageId} edit={edit} />
      <FacilitatorNotes workshop={workshop} stageId={stageId} edit={edit} />
    </div>
  );
}
