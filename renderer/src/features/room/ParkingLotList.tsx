import { useId } from 'react';
import { LIMITS } from '../../../../shared/domain/limits';
import type { Workshop } from '../../../../shared/domain/workshop';
import { STAGES, type StageId } from '../../../../shared/method/stages';
import { newId } from '../../db/ids';
import { AddButton } from '../../ui/AddButton';
import { RemoveButton } from '../../ui/RemoveButton';
import { AutosaveField } from '../../editing/AutosaveField';
import { CheckField } from '../../editing/CheckField';
import { fieldAttribute, requestFieldFocus } from '../../editing/field-focus';
import type { WorkshopEdit } from '../../editing/useWorkshopEdit';

interface ParkingLotListProps {
  readonly workshop: Workshop;
  readonly stageId: StageId;
  readonly edit: WorkshopEdit;
}

const stageLabel = (stageId: StageId | null): string => {
  const stage = STAGES.find((candidate) => candidate.id === stageId);
  return stage ? `From stage ${stage.number}, ${stage.shortTitle}` : 'From no particular stage';
};

/** What the room set aside to come back to; an item remembers the stage it came up in. */
export function ParkingLotList({ workshop, stageId, edit }: ParkingLotListProps) {
  const headingId = useId();
  const items = workshop.room.parkingLot;
  const open = items.filter((item) => !item.resolved).length;

  const add = () => {
    const id = newId();
    requestFieldFocus(['room', 'parkingLot', { id }, 'text']);
    void edit((draft) => {
      if (draft.room.parkingLot.length < LIMITS.parkingLot) draft.room.parkingLot.push({ id, text: '', stageId, resolved: false });
    });
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-head">
        <h2 id={headingId}>Parking lot</h2>
        {items.length > 0 && <p className="room-count">{open} of {items.length} still open</p>}
      </div>
      {items.length === 0 ? (
        <p className="empty-note" {...fieldAttribute(['room', 'parkingLot'])} tabIndex={-1}>
          Nothing parked. Park a question that is real but not for now, and come back to it before the end.
        </p>
      ) : (
        <ol className="parking-list" {...fieldAttribute(['room', 'parkingLot'])} tabIndex={-1}>
          {items.map((item, index) => {
            const path = ['room', 'parkingLot', { id: item.id }] as const;
            return (
              <li key={item.id} className={`parking-item${item.resolved ? ' is-resolved' : ''}`}>
                <AutosaveField
                  workshopId={workshop.id}
                  path={[...path, 'text']}
                  value={item.text}
                  label={`Parked item ${index + 1}`}
                  hideLabel
                  multiline
                  rows={2}
                />
                <div className="parking-item-meta">
                  <span className="muted">{stageLabel(item.stageId)}</span>
                  <CheckField
                    path={[...path, 'resolved']}
                    label={<>Resolved<span className="visually-hidden"> for parked item {index + 1}</span></>}
                    checked={item.resolved}
                    onChange={(resolved) =>
                      void edit((draft) => {
                        const target = draft.room.parkingLot.find((candidate) => candidate.id === item.id);
                        if (target) target.resolved = resolved;
                      })
                    }
                  />
                  <RemoveButton
                    label={`Remove parked item ${index + 1}`}
                    onClick={() =>
                      void edit((draft) => {
                        draft.room.parkingLot = draft.room.parkingLot.filter((candidate) => candidate.id !== item.id);
                      })
                    }
                  />
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <AddButton onClick={add} disabled={items.length >= LIMITS.parkingLot}>
        Park an item
      </AddButton>
    </section>
  );
}
