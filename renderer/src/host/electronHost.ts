import type { EndfirstBridge, IpcResult } from '../../../shared/ipc';
import { parseTeamServerAddress } from '../../../shared/sync/team-server-address';
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
    // Main keeps the address (electron/main/team-server-store.ts) and, once it is saved, reloads the
    // app's windows under the policy that names it; the journal and the flush handshake keep edits.
    teamServer: {
      get: async () => unwrap(await bridge.getTeamServer()).url,
      set: async (url) => {
        // Checked here too, so a facilitator reads what is wrong with the address, not main's refusal.
        const address = url === null ? null : parseTeamServerAddress(url);
        if (address !== null && !address.ok) throw new HostError({ code: 'bad-request', message: address.problem });
        unwrap(await bridge.setTeamServer(address === null ? null : address.url));
      },
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
