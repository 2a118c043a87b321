/** The export feature as other features see it. */
export { ExportMenu } from './ExportMenu';
