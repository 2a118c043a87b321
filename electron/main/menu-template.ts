import type { MenuItemConstructorOptions } from 'electron';
import { COMMANDS, acceleratorOf, type CommandId } from '../../shared/commands';

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  readonly isPackaged: boolean;
  /** Delivers a command to the focused Endfirst window (onMenuCommand in the renderer). */
  readonly send: (command: CommandId) => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** Pure: the native menu as data, so a test can read it without Electron. */
export function buildMenuTemplate({ platform, appName, isPackaged, send }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  // Labels and keys come from the command table; only where each item sits is decided here.
  const command = (name: CommandId, label = menuLabelOf(name)): MenuItemConstructorOptions => {
    const accelerator = acceleratorOf(name);
    return accelerator === undefined ? { label, click: () => send(name) } : { label, accelerator, click: () => send(name) };
  };
  const about = command('help:about', `About ${appName}`);

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [about, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('workshop:new'),
      separator,
      command('file:import'),
      {
        label: 'Export',
        submenu: [
          command('file:export-pdf'),
          command('file:export-markdown'),
          command('file:export-actions-csv'),
          separator,
          command('file:export'),
        ],
      },
      separator,
      command('workshop:save-version'),
      command('file:restore-backup'),
      separator,
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      // Ours, not the roles: outside a text field they undo workshop edits (the renderer decides).
      command('edit:undo'),
      command('edit:redo'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } satisfies MenuItemConstructorOptions] : []),
      separator,
      { role: 'selectAll' },
    ],
  };

  // Reload would drop a half-typed note and DevTools expose internals: development builds only.
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];

  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('view:library'),
      command('view:present'),
      separator,
      ...developerItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const workshopMenu: MenuItemConstructorOptions = {
    label: 'Workshop',
    submenu: [
      command('stage:previous'),
      command('stage:next'),
      separator,
      command('timer:toggle'),
      command('room:new-note'),
      command('room:parking-lot'),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = isMac
    ? { label: 'Window', role: 'window', submenu: [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }] }
    : { label: 'Window', submenu: [{ role: 'minimize' }, { role: 'close' }] };

  const helpMenu: MenuItemConstructorOptions = {
    label: 'Help',
    role: 'help',
    // On macOS "About" lives in the app menu, where Mac users look for it.
    submenu: isMac ? [command('help:shortcuts')] : [command('help:shortcuts'), separator, about],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, workshopMenu, windowMenu, helpMenu];
}

function menuLabelOf(name: CommandId): string {
  const spec: { readonly label: string; readonly menuLabel?: string } = COMMANDS[name];
  return spec.menuLabel ?? spec.label;
}
