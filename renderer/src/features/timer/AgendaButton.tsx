import { CalendarClock } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import type { Room } from '../../../../shared/domain/room';
import type { StageId } from '../../../../shared/method/stages';
import type { WorkshopEdit } from '../../editing/useWorkshopEdit';
import { AgendaPanel } from './AgendaPanel';

/** "Agenda" in the workshop bar; owns its panel so the screen only places the button. */
export function AgendaButton({ room, stageId, edit, sessionControls }: { room: Room; stageId: StageId; edit: WorkshopEdit; sessionControls?: ReactNode }) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" title="Agenda: time boxes, planned starts and projected finish" onClick={() => setIsOpen(true)}>
        <CalendarClock aria-hidden="true" size={18} />
        <span className="bar-label">Agenda</span>
      </button>
      {isOpen && <AgendaPanel room={room} stageId={stageId} edit={edit} onClose={() => setIsOpen(false)} sessionControls={sessionControls} />}
    </>
  );
}
