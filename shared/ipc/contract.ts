import { z } from 'zod';
import { COMMAND_IDS, type CommandId } from '../commands';
import { parseTeamServerAddress } from '../sync/team-server-address';
import { eventChannels, invokeChannels, type EventName, type InvokeName } from './channels';
import type { IpcResult } from './result';

/** Commands the native menu (and its accelerators) send to the focused window: the ids of the one command table. */
export const MenuCommandSchema = z.enum(COMMAND_IDS);
export type MenuCommand = CommandId;

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
  /** The one-page status report for follow-ups instead of the full summary. */
  statusReport: z.boolean().optional(),
});
export type PdfExportRequest = z.infer<typeof PdfExportRequestSchema>;

/** A cancelled save dialog is an answer, not an error. */
export const PdfExportResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), filePath: z.string(), bytes: z.number() }),
  z.object({ status: z.literal('cancelled') }),
]);
export type PdfExportResult = z.infer<typeof PdfExportResultSchema>;

/**
 * A team server address as the renderer sends it to be saved (issue 23). Main refuses one that does
 * not parse as a bad request, before the handler runs; the store parses it again and keeps only
 * the parsed `url`, so no typed text ever reaches the file or the Content-Security-Policy.
 */
export const TeamServerAddressArgSchema = z
  .string()
  .max(2048)
  .superRefine((typed, context) => {
    const address = parseTeamServerAddress(typed);
    if (!address.ok) context.addIssue({ code: 'custom', message: address.problem });
  });

/** The saved team server's address (a parsed `url`), or null: no team server, no network call. */
export const TeamServerSettingSchema = z.object({ url: z.string().nullable() });
export type TeamServerSetting = z.infer<typeof TeamServerSettingSchema>;

/** Backups and clipboard text are bounded like imports: a renderer cannot fill the disk in one call. */
const MAX_BACKUP_CHARS = 25 * 1024 * 1024;

interface InvokeSchemas {
  readonly args: z.ZodType<readonly unknown[]>;
  readonly result: z.ZodType;
}
interface EventSchemas {
  readonly payload: z.ZodType;
}

/**
 * What every invoke channel carries. `args` is the zod schema of the argument list as sent over IPC; `result`
 * describes what comes back. Main parses `args` for every call before any handler sees it.
 */
const invokeSchemas = {
  getAppInfo: { args: z.tuple([]), result: AppInfoSchema },
  openExternal: {
    args: z.tuple([z.string().min(1).max(2048)]),
    result: OpenExternalResultSchema,
  },
  copyText: {
    args: z.tuple([z.string().max(1_000_000)]),
    result: z.object({ copied: z.boolean() }),
  },
  writeBackup: {
    args: z.tuple([z.uuid(), z.string().min(1).max(MAX_BACKUP_CHARS)]),
    result: BackupEntrySchema,
  },
  listBackups: { args: z.tuple([]), result: z.array(BackupEntrySchema) },
  readBackup: {
    args: z.tuple([z.string().min(1).max(200)]),
    result: z.object({ contents: z.string() }),
  },
  confirmFlushed: {
    args: z.tuple([z.number().int().nonnegative()]),
    result: z.object({ accepted: z.boolean() }),
  },
  exportSummaryPdf: { args: z.tuple([PdfExportRequestSchema]), result: PdfExportResultSchema },
  /** The print route says it has rendered (or found no workshop) for the export job it was opened for. */
  signalPrintReady: {
    args: z.tuple([z.string().min(1).max(100), z.boolean()]),
    result: z.object({ accepted: z.boolean() }),
  },
  /** Reveals a file this process just exported; any other path is refused. */
  showExportedFile: {
    args: z.tuple([z.string().min(1).max(4096)]),
    result: z.object({ shown: z.boolean() }),
  },
  getTeamServer: { args: z.tuple([]), result: TeamServerSettingSchema },
  /** Saves the address (or forgets it with null), then main reloads the app's windows under the new policy. */
  setTeamServer: {
    args: z.tuple([TeamServerAddressArgSchema.nullable()]),
    result: TeamServerSettingSchema,
  },
} as const satisfies { readonly [K in InvokeName]: InvokeSchemas };

const eventSchemas = {
  onMenuCommand: { payload: MenuCommandSchema },
  onFileOpenRequest: { payload: FileOpenRequestSchema },
  onFlushRequest: { payload: FlushRequestSchema },
} as const satisfies { readonly [K in EventName]: EventSchemas };

/**
 * The wire names come from channels.ts, the one list (the preload reads it without zod). The
 * `satisfies` clauses above make a channel missing from the schemas, or a schema without a
 * channel, a compile error.
 */
export const invokeContract = withChannels(invokeSchemas, invokeChannels);
export const eventContract = withChannels(eventSchemas, eventChannels);

type WithChannels<Channels, Schemas> = { readonly [K in keyof Channels & keyof Schemas]: Schemas[K] & { readonly channel: Channels[K] } };

function withChannels<Channels extends Readonly<Record<string, string>>, Schemas extends { readonly [K in keyof Channels]: object }>(
  schemas: Schemas,
  channels: Channels,
): WithChannels<Channels, Schemas> {
  return Object.fromEntries(Object.keys(channels).map((name) => [name, { ...schemas[name], channel: channels[name] }])) as WithChannels<Channels, Schemas>;
}

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
