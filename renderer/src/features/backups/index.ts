/** The backups feature as other features see it. */
export { backupWorkshop } from './backup-workshop';
