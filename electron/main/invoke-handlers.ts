import type { App } from 'electron';
import type { AppInfo } from '../../shared/ipc';
import { openExternalSafely } from './external-links';
import type { ExternalOpener } from './external-links';
import type { InvokeHandlers } from './ipc-registry';

export interface InvokeHandlerDeps {
  readonly app: Pick<App, 'getName' | 'getVersion' | 'getPath'>;
  readonly shell: ExternalOpener;
  readonly platform: NodeJS.Platform;
  readonly electronVersion: string | undefined;
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
  } satisfies InvokeHandlers;
}
