/**
 * The one list of IPC channels: the name the code uses → the name on the wire. No schemas here:
 * the preload imports this file, and keeping zod out of it keeps the preload bundle tiny.
 * `contract.ts` attaches a schema to every name and takes the wire names from here; a name
 * without a schema (or a schema without a name) does not compile.
 */
export const invokeChannels = {
  getAppInfo: 'app:get-info',
  openExternal: 'shell:open-external',
  copyText: 'clipboard:write-text',
  writeBackup: 'backup:write',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
  confirmFlushed: 'app:flushed',
  exportSummaryPdf: 'export:summary-pdf',
  signalPrintReady: 'export:print-ready',
  showExportedFile: 'export:show-in-folder',
  getTeamServer: 'team-server:get',
  setTeamServer: 'team-server:set',
} as const;

export const eventChannels = {
  onMenuCommand: 'menu:command',
  onFileOpenRequest: 'app:file-open-request',
  onFlushRequest: 'app:flush-request',
} as const;

export type InvokeName = keyof typeof invokeChannels;
export type EventName = keyof typeof eventChannels;
