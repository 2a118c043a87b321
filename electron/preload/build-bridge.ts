import type { IpcRendererEvent } from 'electron';
// Channel names only: importing '../../shared/ipc' would pull zod into the preload bundle.
import { eventChannels, invokeChannels } from '../../shared/ipc/channels';
import type { InvokeName } from '../../shared/ipc/channels';
import type { EndfirstBridge, InvokeValue, Unsubscribe } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';

/** The part of ipcRenderer the bridge uses; it never leaves this module. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): unknown;
}

/**
 * Builds `window.endfirst`: one named function per contract entry. `satisfies EndfirstBridge`
 * makes a channel added to the contract a compile error here until it is exposed, and an extra
 * function here a compile error too. The page never gets ipcRenderer, a generic send, or the IPC
 * event (whose `sender` would hand it ipcRenderer back).
 */
export function buildBridge(ipc: BridgeIpc): EndfirstBridge {
  // Main answers every invoke with an IpcResult built from the contract (ipc-registry.ts).
  const invoke = <K extends InvokeName>(name: K, ...args: unknown[]) =>
    ipc.invoke(invokeChannels[name], ...args) as Promise<IpcResult<InvokeValue<K>>>;

  const subscribe = <T>(channel: string, listener: (payload: T) => void): Unsubscribe => {
    const withoutEvent = (_event: IpcRendererEvent, payload: unknown) => listener(payload as T);
    ipc.on(channel, withoutEvent);
    return () => {
      ipc.removeListener(channel, withoutEvent);
    };
  };

  return {
    getAppInfo: () => invoke('getAppInfo'),
    openExternal: (url) => invoke('openExternal', url),
    onMenuCommand: (listener) => subscribe(eventChannels.onMenuCommand, listener),
    onFileOpenRequest: (listener) => subscribe(eventChannels.onFileOpenRequest, listener),
  } satisfies EndfirstBridge;
}
