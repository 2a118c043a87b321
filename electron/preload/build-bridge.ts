import type { IpcRendererEvent } from 'electron';
// Channel names only: importing '../../shared/ipc' would pull zod into the preload bundle.
import { eventChannels, invokeChannels } from '../../shared/ipc/channels';
import type { InvokeName } from '../../shared/ipc/channels';
import type { EndfirstBridge, FileOpenRequest, InvokeValue, Unsubscribe } from '../../shared/ipc/contract';
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

  const fileOpenRequests = heldUntilHeard<FileOpenRequest>(ipc, eventChannels.onFileOpenRequest);

  return {
    getAppInfo: () => invoke('getAppInfo'),
    openExternal: (url) => invoke('openExternal', url),
    copyText: (text) => invoke('copyText', text),
    writeBackup: (workshopId, contents) => invoke('writeBackup', workshopId, contents),
    listBackups: () => invoke('listBackups'),
    readBackup: (fileName) => invoke('readBackup', fileName),
    confirmFlushed: (requestId) => invoke('confirmFlushed', requestId),
    exportSummaryPdf: (request) => invoke('exportSummaryPdf', request),
    signalPrintReady: (job, found) => invoke('signalPrintReady', job, found),
    showExportedFile: (filePath) => invoke('showExportedFile', filePath),
    getTeamServer: () => invoke('getTeamServer'),
    setTeamServer: (url) => invoke('setTeamServer', url),
    onFlushRequest: (listener) => subscribe(eventChannels.onFlushRequest, listener),
    onMenuCommand: (listener) => subscribe(eventChannels.onMenuCommand, listener),
    onFileOpenRequest: (listener) => fileOpenRequests.subscribe(listener),
  } satisfies EndfirstBridge;
}

/** How many undelivered events a held channel keeps; a burst of double-clicks beyond this is dropped. */
export const HELD_EVENT_LIMIT = 10;

/**
 * A file the OS asks us to open arrives once, and may arrive before the page has subscribed (the
 * library subscribes in a React effect, after the first render and after its database opens) or
 * while no screen that can import is shown. So the preload listens from the start and keeps what
 * nobody heard, handing it to the next subscriber instead of dropping it.
 */
function heldUntilHeard<T>(ipc: BridgeIpc, channel: string) {
  const listeners = new Set<(payload: T) => void>();
  const held: T[] = [];

  ipc.on(channel, (_event, payload) => {
    if (listeners.size === 0) {
      if (held.length < HELD_EVENT_LIMIT) held.push(payload as T);
      return;
    }
    for (const listener of listeners) listener(payload as T);
  });

  return {
    subscribe(listener: (payload: T) => void): Unsubscribe {
      listeners.add(listener);
      // Delivered after subscribe returns, so a caller's own setup finishes first.
      queueMicrotask(() => {
        if (!listeners.has(listener)) return;
        for (const payload of held.splice(0)) listener(payload);
      });
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
