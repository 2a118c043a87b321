import type { AppInfo, BackupEntry, FileOpenRequest, IpcError, MenuCommand, PdfExportRequest, Unsubscribe } from '../../../shared/ipc';

/** Backups outside the browser's storage: only a desktop host has a folder to put them in. */
export interface BackupHost {
  write(workshopId: string, fileText: string): Promise<BackupEntry>;
  list(): Promise<BackupEntry[]>;
  read(fileName: string): Promise<string>;
}

/** The session summary as a PDF (issue 6). */
export interface SummaryPdfHost {
  /**
   * Electron: save dialog, then a hidden window prints the route to the chosen file ('saved' or
   * 'cancelled'). Web: opens the print route in a new window, which calls the browser's print
   * ('opened'). Fails with a message a facilitator can act on.
   */
  export(request: PdfExportRequest): Promise<{ status: 'saved'; filePath: string } | { status: 'cancelled' } | { status: 'opened' }>;
  /** Only in Electron, only for a file this app just wrote. */
  readonly showInFolder: ((filePath: string) => Promise<boolean>) | null;
  /** Called by the print route when it is ready; `job` pairs it with the export that opened it. */
  signalPrintReady(job: string, found: boolean): void;
}

/**
 * The team server's address (issue 23), kept by the host rather than in IndexedDB because the host
 * must know it before the page loads: the Content-Security-Policy names exactly that origin, and
 * only after a facilitator has entered it. Until then the app makes no network call at all.
 */
export interface TeamServerHost {
  /** The saved address (a `url` from parseTeamServerAddress), or null: the default, no team server. */
  get(): Promise<string | null>;
  /**
   * Saves the address (a parsed `url`), or forgets it with null, then reloads the app's windows so
   * their policy names the new origin: a page cannot widen its own CSP. Rejects, changing nothing,
   * when the address does not parse or cannot be stored.
   */
  set(url: string | null): Promise<void>;
}

/**
 * Everything the renderer needs from the machine it runs on. Components never touch
 * `window.endfirst` directly: in Electron this is the preload bridge, in a plain browser a web
 * fallback, so the same renderer runs (and is tested) in Chromium.
 */
export interface HostApi {
  readonly kind: 'electron' | 'web';
  getAppInfo(): Promise<AppInfo>;
  /** Opens an https: or mailto: link in the system browser; false when the link was refused. */
  openExternal(url: string): Promise<boolean>;
  copyText(text: string): Promise<void>;
  /** null in a browser: there is no folder outside the browser's own storage. */
  readonly backups: BackupHost | null;
  readonly summaryPdf: SummaryPdfHost;
  readonly teamServer: TeamServerHost;
  /**
   * The window is about to close: `flush` must commit every pending edit (and write backups);
   * the host tells main when it has finished. Browsers have no such hook (pagehide covers them).
   */
  onBeforeClose(flush: () => Promise<void>): Unsubscribe;
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
  onFileOpenRequest(listener: (request: FileOpenRequest) => void): Unsubscribe;
}

/** A host call that failed, carrying the typed reason main gave. */
export class HostError extends Error {
  readonly code: IpcError['code'];
  readonly issues: readonly string[];

  constructor(error: IpcError) {
    super(error.message);
    this.name = 'HostError';
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}
