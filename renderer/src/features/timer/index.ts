/** The stage timer and agenda as other features see them. */
export { AgendaButton } from './AgendaButton';
export { enterStageInDraft } from './room-edits';
export { TimerControl } from './TimerControl';
