import type { AppInfo, IpcError, MenuCommand, FileOpenRequest, Unsubscribe } from '../../../shared/ipc';

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
