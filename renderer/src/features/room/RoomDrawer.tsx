import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Workshop } from '../../../../shared/domain/workshop';
import type { StageId } from '../../../../shared/method/stages';
import type { WorkshopEdit } from '../../editing/useWorkshopEdit';
import { ActionsSection, DecisionsSection } from './RoomRecords';
import { ParkingLotList } from './ParkingLotList';

export const DRAWER_TABS = ['parking-lot', 'decisions', 'actions'] as const;
export type DrawerTab = (typeof DRAWER_TABS)[number];
const TAB_LABELS: Readonly<Record<DrawerTab, string>> = { 'parking-lot': 'Parking lot', decisions: 'Decisions', actions: 'Actions' };

interface RoomDrawerProps {
  readonly workshop: Workshop;
  readonly stageId: StageId;
  readonly edit: WorkshopEdit;
  readonly onClose: () => void;
}

/**
 * The room's running records, reachable from every stage: a modal side drawer (focus stays in it,
 * Escape closes it) with the parking lot, the decisions log and the actions. The decisions and
 * actions are the Review stage's own sections, so both places edit the same lists the same way.
 */
export function RoomDrawer({ workshop, stageId, edit, onClose }: RoomDrawerProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [tab, setTab] = useState<DrawerTab>('parking-lot');
  const tabRefs = useRef(new Map<DrawerTab, HTMLButtonElement>());

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    tabRefs.current.get('parking-lot')?.focus();
  }, []);

  // Tabs follow the ARIA pattern: arrow keys move between them, Tab goes into the panel.
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = DRAWER_TABS.indexOf(tab);
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    let next: DrawerTab | undefined;
    if (step !== undefined) next = DRAWER_TABS[(index + step + DRAWER_TABS.length) % DRAWER_TABS.length];
    else if (event.key === 'Home') next = DRAWER_TABS[0];
    else if (event.key === 'End') next = DRAWER_TABS.at(-1);
    if (!next) return;
    event.preventDefault();
    setTab(next);
    tabRefs.current.get(next)?.focus();
  };

  const open = workshop.room.parkingLot.filter((item) => !item.resolved).length;
  const counts: Record<DrawerTab, number> = {
    'parking-lot': open,
    decisions: workshop.room.decisions.length,
    actions: workshop.room.actions.filter((action) => action.status !== 'done').length,
  };

  return (
    <dialog ref={dialogRef} className="dialog side-panel room-drawer" aria-labelledby="room-drawer-title" onClose={onClose}>
      <div className="side-panel-head">
        <h2 id="room-drawer-title" className="visually-hidden">
          Room records
        </h2>
        <div role="tablist" aria-label="Room records" className="room-tabs">
          {DRAWER_TABS.map((id) => (
            <button
              key={id}
              ref={(element) => {
                if (element) tabRefs.current.set(id, element);
              }}
              type="button"
              role="tab"
              id={`room-tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`room-panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              className="room-tab"
              onClick={() => setTab(id)}
              onKeyDown={onTabKey}
            >
              {TAB_LABELS[id]}
              {counts[id] > 0 && <span className="room-tab-count"> {counts[id]}</span>}
            </button>
          ))}
        </div>
        <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
      <div role="tabpanel" id={`room-panel-${tab}`} aria-labelledby={`room-tab-${tab}`} className="room-panel">
        {tab === 'parking-lot' && <ParkingLotList workshop={workshop} stageId={stageId} edit={edit} />}
        {tab === 'decisions' && <DecisionsSection workshop={workshop} edit={edit} stageId={stageId} />}
        {tab === 'actions' && <ActionsSection workshop={workshop} edit={edit} />}
      </div>
    </dialog>
  );
}
