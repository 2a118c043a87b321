/** Versions (snapshots) as other features see them. */
export { SaveVersionDialog } from './SaveVersionDialog';
export { VersionsPanel } from './VersionsPanel';
