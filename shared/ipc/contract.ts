import { z } from 'zod';
import type { IpcResult } from './result';

/** Commands the native menu (and its accelerators) send to the focused window. */
export const menuCommands = [
  'workshop:new',
  'workshop:save-version',
  'file:import',
  'file:export',
  'view:library',
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
} as const;

export const eventContract = {
  onMenuCommand: { channel: 'menu:command', payload: MenuCommandSchema },
  onFileOpenRequest: { channel: 'app:file-open-request', payload: FileOpenRequestSchema },
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
