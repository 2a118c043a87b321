import { commandForKeyPress, isUndoCommand } from '../../../shared/commands';
import { isAllowedExternalUrl } from '../../../shared/external-links';
import { printRouteHash } from '../../../shared/export/print-route';
import { isTextEditingTarget } from '../ui/text-editing';
import { isMacPlatform } from './platform';
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
    // The browser prints the route itself: a new window of the same origin, which calls print() once ready.
    summaryPdf: {
      export: (request) => {
        const url = `${window.location.pathname}${window.location.search}${printRouteHash(request.workshopId, request, { autoPrint: true })}`;
        const opened = window.open(url, '_blank');
        if (opened === null) return Promise.reject(new Error('The browser blocked the print window. Allow pop-ups for Endfirst and try again.'));
        return Promise.resolve({ status: 'opened' as const });
      },
      showInFolder: null,
      signalPrintReady: () => undefined,
    },
    onBeforeClose: () => () => undefined,
    // No native menu in a browser: the same accelerators are read from the keyboard instead.
    onMenuCommand: (listener) => {
      const onKeyDown = (event: KeyboardEvent) => {
        const command = commandForKeyPress(event, isMacPlatform());
        if (!command) return;
        // Ctrl/Cmd+Z in a text field is the field's own text undo.
        if (isUndoCommand(command) && isTextEditingTarget(event.target)) return;
        event.preventDefault();
        listener(command);
      };
      window.addEventListener('keydown', onKeyDown);
      return () => window.removeEventListener('keydown', onKeyDown);
    },
    onFileOpenRequest: () => () => undefined,
  };
}
