/** "What changed" views as other features see them. */
export { ChangeList } from './ChangeList';
export { ChangesView } from './ChangesView';
export { SinceLastSession } from './SinceLastSession';
export { comparableSnapshot } from './comparable';
