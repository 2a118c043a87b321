import { z } from 'zod';
import type { IpcResult } from './result';

/** Commands the native menu (and its accelerators) send to the focused window. */
export const menuCommands = [
  'workshop:new',
  'workshop:save-version',
  'file:import',
  'file:export',
  'file:export-pdf',
  'file:export-markdown',
  'file:export-actions-csv',
  'file:restore-backup',
  'edit:undo',
  'edit:redo',
  'view:library',
  'view:present',
  'stage:previous',
  'stage:next',
  'timer:toggle',
  'room:new-note',
  'room:parking-lot',
  'help:shortcuts',
  'help:about',
] as const;
export const MenuCommandSchema = z.enum(menuCommands);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.enum(['darwin', 'win32', 'linux', 'web']),
  /** Folder holding IndexedDB and backups; null in a plain browser, where the browser owns storage. */
  dataFolder: z.string().nullable(),
  electronVersion: z.string().nullable(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** A file the OS asked us to open (double-click, second launch); main reads it, the renderer imports it. */
export const FileOpenRequestSchema = z.object({
  fileName: z.string(),
  contents: z.string(),
});
export type FileOpenRequest = z.infer<typeof FileOpenRequestSchema>;

export const OpenExternalResultSchema = z.object({ opened: z.boolean() });

/** One `.endfirst` file under userData/backups/ (see electron/main/backups.ts). */
export const BackupEntrySchema = z.object({
  fileName: z.string(),
  workshopId: z.string(),
  savedAt: z.string(),
  bytes: z.number(),
});
export type BackupEntry = z.infer<typeof BackupEntrySchema>;

/** Main asks the renderer to commit pending edits before a window closes; the id pairs the answer. */
export const FlushRequestSchema = z.object({ requestId: z.number().int().nonnegative() });
export type FlushRequest = z.infer<typeof FlushRequestSchema>;

/** What the renderer asks for when it exports the session summary as a PDF (issue 6). */
export const PdfExportRequestSchema = z.strictObject({
  workshopId: z.uuid(),
  /** For the default file name only; main makes it safe (shared/export/file-names.ts). */
  title: z.string().max(200),
  date: z.string().max(10),
  paper: z.enum(['a4', 'letter']),
  includeFacilitatorNotes: z.boolean(),
  includeAppendix: z.boolean(),
});
export type PdfExportRequest = z.infer<typeof PdfExportRequestSchema>;

/** A cancelled save dialog is an answer, not an error. */
export const PdfExportResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), filePath: z.string(), bytes: z.number() }),
  z.object({ status: z.literal('cancelled') }),
]);
export type PdfExportResult = z.infer<typeof PdfExportResultSchema>;

/** Backups and clipboard text are bounded like imports: a renderer cannot fill the disk in one call. */
const MAX_BACKUP_CHARS = 25 * 1024 * 1024;

/**
 * The one channel map. `args` is the zod schema of the argument list as sent over IPC; `result`
 * describes what comes back. Main parses `args` for every call before any handler sees it.
 */
export const invokeContract = {
  getAppInfo: { channel: 'app:get-info', args: z.tuple([]), result: AppInfoSchema },
  openExternal: {
    channel: 'shell:open-external',
    args: z.tuple([z.string().min(1).max(2048)]),
    result: OpenExternalResultSchema,
  },
  copyText: {
    channel: 'clipboard:write-text',
    args: z.tuple([z.string().max(1_000_000)]),
    result: z.object({ copied: z.boolean() }),
  },
  writeBackup: {
    channel: 'backup:write',
    args: z.tuple([z.uuid(), z.string().min(1).max(MAX_BACKUP_CHARS)]),
    result: BackupEntrySchema,
  },
  listBackups: { channel: 'backup:list', args: z.tuple([]), result: z.array(BackupEntrySchema) },
  readBackup: {
    channel: 'backup:read',
    args: z.tuple([z.string().min(1).max(200)]),
    result: z.object({ contents: z.string() }),
  },
  confirmFlushed: {
    channel: 'app:flushed',
    args: z.tuple([z.number().int().nonnegative()]),
    result: z.object({ accepted: z.boolean() }),
  },
  exportSummaryPdf: { channel: 'export:summary-pdf', args: z.tuple([PdfExportRequestSchema]), result: PdfExportResultSchema },
  /** The print route says it has rendered (or found no workshop) for the export job it was opened for. */
  signalPrintReady: {
    channel: 'export:print-ready',
    args: z.tuple([z.string().min(1).max(100), z.boolean()]),
    result: z.object({ accepted: z.boolean() }),
  },
  /** Reveals a file this process just exported; any other path is refused. */
  showExportedFile: {
    channel: 'export:show-in-folder',
    args: z.tuple([z.string().min(1).max(4096)]),
    result: z.object({ shown: z.boolean() }),
  },
} as const;

export const eventContract = {
  onMenuCommand: { channel: 'menu:command', payload: MenuCommandSchema },
  onFileOpenRequest: { channel: 'app:file-open-request', payload: FileOpenRequestSchema },
  onFlushRequest: { channel: 'app:flush-request', payload: FlushRequestSchema },
} as const;

export type InvokeContract = typeof invokeContract;
export type EventContract = typeof eventContract;
export type InvokeArgs<K extends keyof InvokeContract> = z.input<InvokeContract[K]['args']>;
export type InvokeValue<K extends keyof InvokeContract> = z.output<InvokeContract[K]['result']>;
export type EventPayload<K extends keyof EventContract> = z.output<EventContract[K]['payload']>;

export type Unsubscribe = () => void;

/** `window.endfirst`: exactly what the preload exposes, derived from the contract. */
export type EndfirstBridge = {
  readonly [K in keyof InvokeContract]: (...args: InvokeArgs<K>) => Promise<IpcResult<InvokeValue<K>>>;
} & {
  readonly [K in keyof EventContract]: (listener: (payload: EventPayload<K>) => void) => Unsubscribe;
};
