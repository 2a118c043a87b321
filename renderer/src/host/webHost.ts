import { commandForKeyPress, isUndoCommand } from '../../../shared/commands';
import { isAllowedExternalUrl } from '../../../shared/external-links';
import { printRouteHash } from '../../../shared/export/print-route';
import { parseTeamServerAddress } from '../../../shared/sync/team-server-address';
import { teamServerCookieAssignment, teamServerFromCookies } from '../../../shared/sync/team-server-cookie';
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
    teamServer: createWebTeamServer(),
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

/** Other tabs of the app reload too when the address changes: their policy still names the old origin. */
const TEAM_SERVER_CHANNEL = 'endfirst-team-server';

/** The address in the app origin's cookie (see team-server-cookie.ts); a change reloads every tab. */
function createWebTeamServer(): HostApi['teamServer'] {
  if (typeof BroadcastChannel !== 'undefined') {
    new BroadcastChannel(TEAM_SERVER_CHANNEL).onmessage = () => window.location.reload();
  }
  return {
    get: () => Promise.resolve(teamServerFromCookies(document.cookie)?.url ?? null),
    set: (url) => {
      const address = url === null ? null : parseTeamServerAddress(url);
      if (address && !address.ok) return Promise.reject(new Error(address.problem));
      const saved = address ? address.url : null;
      document.cookie = teamServerCookieAssignment(saved);
      if ((teamServerFromCookies(document.cookie)?.url ?? null) !== saved) {
        return Promise.reject(new Error('This browser did not keep the address (cookies are blocked for this page). Allow cookies for Endfirst and try again.'));
      }
      if (typeof BroadcastChannel !== 'undefined') {
        const channel = new BroadcastChannel(TEAM_SERVER_CHANNEL);
        channel.postMessage('changed');
        channel.close();
      }
      window.location.reload();
      return Promise.resolve();
    },
  };
}
