import type { InvokeEvent, InvokeRegistrar, SenderFrame } from '../../../electron/main/ipc-registry';
import type { IpcResult } from '../../../shared/ipc';

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<IpcResult<unknown>>;

/** An ipcMain that records handlers so a test can call them the way a renderer would. */
export function fakeIpcMain() {
  const registered = new Map<string, Listener>();
  const registrar: InvokeRegistrar = {
    handle(channel, listener) {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
      registered.set(channel, listener);
    },
  };
  const invoke = (channel: string, frame: SenderFrame | null, ...args: unknown[]) => {
    const listener = registered.get(channel);
    if (listener === undefined) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: frame }, ...args);
  };
  return { registrar, registered, invoke };
}

export const mainFrame = (url: string): SenderFrame => ({ url, parent: null });
export const subFrame = (url: string): SenderFrame => ({ url, parent: mainFrame('app://endfirst/') });

/** An event whose preventDefault a test can observe. */
export function navigationEvent(url: string) {
  let isPrevented = false;
  return {
    url,
    preventDefault: () => {
      isPrevented = true;
    },
    get isPrevented() {
      return isPrevented;
    },
  };
}
