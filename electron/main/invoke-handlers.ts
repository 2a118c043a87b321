import type { App, Clipboard } from 'electron';
import type { BackupStore } from './backups';
import type { AppInfo } from '../../shared/ipc';
import { openExternalSafely } from './external-links';
import type { ExternalOpener } from './external-links';
import type { InvokeHandlers } from './ipc-registry';
import type { PdfExporter } from './pdf-export';
import type { TeamServerStore } from './team-server-store';

export interface InvokeHandlerDeps {
  readonly app: Pick<App, 'getName' | 'getVersion' | 'getPath'>;
  readonly shell: ExternalOpener;
  readonly platform: NodeJS.Platform;
  readonly electronVersion: string | undefined;
  readonly clipboard: Pick<Clipboard, 'writeText'>;
  readonly backups: BackupStore;
  /** The renderer's answer to a flush request (close-guard.ts); true when a close was waiting for it. */
  readonly confirmFlushed: (requestId: number) => boolean;
  readonly pdfExporter: PdfExporter;
  readonly teamServer: TeamServerStore;
  /**
   * Called after a team server address was saved: a page cannot widen its own Content-Security-Policy,
   * so the app's windows must load again to get the one that names the new origin.
   */
  readonly teamServerChanged: () => void;
}

/** The contract only knows the three desktop families we ship for; other Unixes behave like Linux. */
export function toAppPlatform(platform: NodeJS.Platform): AppInfo['platform'] {
  return platform === 'darwin' || platform === 'win32' ? platform : 'linux';
}

/** What main answers on each invoke channel. Arguments arrive already checked by the registry. */
export function createInvokeHandlers(deps: InvokeHandlerDeps): InvokeHandlers {
  return {
    getAppInfo: () => ({
      name: deps.app.getName(),
      version: deps.app.getVersion(),
      platform: toAppPlatform(deps.platform),
      dataFolder: deps.app.getPath('userData'),
      electronVersion: deps.electronVersion ?? null,
    }),
    openExternal: (url) => openExternalSafely(url, deps.shell),
    // Through main rather than navigator.clipboard: the permission handlers deny every web permission.
    copyText: (text) => {
      deps.clipboard.writeText(text);
      return { copied: true };
    },
    writeBackup: (workshopId, contents) => deps.backups.write(workshopId, contents),
    listBackups: () => deps.backups.list(),
    readBackup: async (fileName) => ({ contents: await deps.backups.read(fileName) }),
    confirmFlushed: (requestId) => ({ accepted: deps.confirmFlushed(requestId) }),
    exportSummaryPdf: (request) => deps.pdfExporter.exportSummaryPdf(request),
    signalPrintReady: (job, found) => ({ accepted: deps.pdfExporter.signalPrintReady(job, found) }),
    showExportedFile: (filePath) => ({ shown: deps.pdfExporter.showExportedFile(filePath) }),
    getTeamServer: () => ({ url: deps.teamServer.current()?.url ?? null }),
    setTeamServer: async (typed) => {
      const saved = await deps.teamServer.save(typed);
      deps.teamServerChanged();
      return { url: saved?.url ?? null };
    },
  } satisfies InvokeHandlers;
}
