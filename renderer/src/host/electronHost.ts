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
    copyText: async (text) => {
      unwrap(await bridge.copyText(text));
    },
    backups: {
      write: async (workshopId, fileText) => unwrap(await bridge.writeBackup(workshopId, fileText)),
      list: async () => unwrap(await bridge.listBackups()),
      read: async (fileName) => unwrap(await bridge.readBackup(fileName)).contents,
    },
    summaryPdf: {
      export: async (request) => {
        const result = unwrap(await bridge.exportSummaryPdf(request));
        return result.status === 'saved' ? { status: 'saved', filePath: result.filePath } : { status: 'cancelled' };
      },
      showInFolder: async (filePath) => unwrap(await bridge.showExportedFile(filePath)).shown,
      signalPrintReady: (job, found) => {
        void bridge.signalPrintReady(job, found);
      },
    },
    // Placeholder until main keeps the address (issue 23): no team server, so no network call.
    teamServer: {
      get: () => Promise.resolve(null),
      set: () => Promise.reject(new Error('The desktop app cannot keep a team server address yet.')),
    },
    onBeforeClose: (flush) =>
      bridge.onFlushRequest(({ requestId }) => {
        // Whatever happens while flushing, answer: main must never wait for a window to close.
        void flush()
          .catch((error: unknown) => console.error('[close] flush failed', error))
          .finally(() => void bridge.confirmFlushed(requestId));
      }),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onFileOpenRequest: (listener) => bridge.onFileOpenRequest(listener),
  };
}
