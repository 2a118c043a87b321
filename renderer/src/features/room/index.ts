/** The room's notes, votes, parking lot, decisions and actions as other features see them. */
export { ParkingLotButton } from './ParkingLotButton';
export { RoomSection } from './RoomSection';
export { ActionsSection, DecisionsSection, RoomRecords } from './RoomRecords';
