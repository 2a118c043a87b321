/** The library as other features see it. */
export { exportWorkshop } from './export-actions';
export { ConfirmDialog } from './ConfirmDialog';
export { exactTime, timeAgo } from './library-time';
export { useNow } from './useNow';
