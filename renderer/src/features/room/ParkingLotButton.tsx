import { SquareParking } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { Workshop } from '../../../../shared/domain/workshop';
import type { StageId } from '../../../../shared/method/stages';
import { COMMAND_ACCELERATORS, describeAccelerator } from '../../../../shared/commands';
import { useHost } from '../../host/HostContext';
import { isMacPlatform } from '../../host/platform';
import type { WorkshopEdit } from '../../editing/useWorkshopEdit';
import { RoomDrawer } from './RoomDrawer';
import './room.css';

interface ParkingLotButtonProps {
  readonly workshop: Workshop;
  readonly stageId: StageId;
  readonly edit: WorkshopEdit;
}

/**
 * "Parking lot (2)" in the workshop bar, and the room:parking-lot command (Ctrl/Cmd+Shift+K):
 * both open the room drawer from any stage.
 */
export function ParkingLotButton({ workshop, stageId, edit }: ParkingLotButtonProps) {
  const host = useHost();
  const [isOpen, setIsOpen] = useState(false);
  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'room:parking-lot') setIsOpen(true);
      }),
    [host],
  );
  const open = workshop.room.parkingLot.filter((item) => !item.resolved).length;
  return (
    <>
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        title={`Parking lot, decisions and actions (${describeAccelerator(COMMAND_ACCELERATORS['room:parking-lot'], isMacPlatform())})`}
        aria-label={open > 0 ? `Parking lot, ${open} open` : 'Parking lot'}
        onClick={() => setIsOpen(true)}
      >
        <SquareParking aria-hidden="true" size={18} />
        <span className="bar-label">Parking lot</span>
        {open > 0 && <span className="bar-count">{open}</span>}
      </button>
      {isOpen && <RoomDrawer workshop={workshop} stageId={stageId} edit={edit} onClose={() => setIsOpen(false)} />}
    </>
  );
}
