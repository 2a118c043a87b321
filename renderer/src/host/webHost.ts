import { isAllowedExternalUrl } from '../../../shared/external-links';
import type { HostApi } from './HostApi';

declare const __APP_VERSION__: string;

/** The browser fallback: no native menu, no file associations; links open in a new tab. */
export function createWebHost(): HostApi {
  return {
    kind: 'web',
    getAppInfo: () =>
      Promise.resolve({
        name: 'Endfirst',
        version: __APP_VERSION__,
        platform: 'web',
        dataFolder: null,
        electronVersion: null,
      }),
    openExternal: (url) => {
      if (!isAllowedExternalUrl(url)) return Promise.resolve(false);
      window.open(url, '_blank', 'noopener,noreferrer');
      return Promise.resolve(true);
    },
    copyText: (text) => navigator.clipboard.writeText(text),
    backups: null,
    onBeforeClose: () => () => undefined,
    // The browser has no native menu; keyboard shortcuts are handled by the renderer itself.
    onMenuCommand: () => () => undefined,
    onFileOpenRequest: () => () => undefined,
  };
}
