import type { EndfirstBridge, IpcResult } from '../../../shared/ipc';
import { HostError, type HostApi } from './HostApi';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new HostError(result.error);
}

export function createElectronHost(bridge: EndfirstBridge): HostApi {
  return {
    kind: 'electron',
    getAppInfo: async () => unwrap(await bridge.getAppInfo()),
    openExternal: async (url) => unwrap(await bridge.openExternal(url)).opened,
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onFileOpenRequest: (listener) => bridge.onFileOpenRequest(listener),
  };
}
