import type { MenuItemConstructorOptions } from 'electron';
import { COMMAND_ACCELERATORS } from '../../shared/commands';
import type { MenuCommand } from '../../shared/ipc';

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  readonly isPackaged: boolean;
  /** Delivers a command to the focused Endfirst window (onMenuCommand in the renderer). */
  readonly send: (command: MenuCommand) => void;
}

export { COMMAND_ACCELERATORS };

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** Pure: the native menu as data, so a test can read it without Electron. */
export function buildMenuTemplate({ platform, appName, isPackaged, send }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, name: MenuCommand): MenuItemConstructorOptions => {
    const accelerator = (COMMAND_ACCELERATORS as Partial<Record<MenuCommand, string>>)[name];
    return accelerator === undefined ? { label, click: () => send(name) } : { label, accelerator, click: () => send(name) };
  };
  const about = command(`About ${appName}`, 'help:about');

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [about, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New workshop', 'workshop:new'),
      separator,
      command('Import…', 'file:import'),
      {
        label: 'Export',
        submenu: [
          command('Summary as PDF…', 'file:export-pdf'),
          command('Summary as Markdown…', 'file:export-markdown'),
          command('Actions as CSV…', 'file:export-actions-csv'),
          separator,
          command('Workshop files (.endfirst)…', 'file:export'),
        ],
      },
      separator,
      command('Save version', 'workshop:save-version'),
      command('Restore from backup…', 'file:restore-backup'),
      separator,
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      // Ours, not the roles: outside a text field they undo workshop edits (the renderer decides).
      command('Undo', 'edit:undo'),
      command('Redo', 'edit:redo'),
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
      command('Library', 'view:library'),
      command('Present on the projector', 'view:present'),
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
      command('Previous stage', 'stage:previous'),
      command('Next stage', 'stage:next'),
      separator,
      command('Start or pause the timer', 'timer:toggle'),
      command('New note', 'room:new-note'),
      command('Parking lot', 'room:parking-lot'),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = isMac
    ? { label: 'Window', role: 'window', submenu: [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }] }
    : { label: 'Window', submenu: [{ role: 'minimize' }, { role: 'close' }] };

  const helpMenu: MenuItemConstructorOptions = {
    label: 'Help',
    role: 'help',
    // On macOS "About" lives in the app menu, where Mac users look for it.
    submenu: isMac ? [command('Keyboard shortcuts', 'help:shortcuts')] : [command('Keyboard shortcuts', 'help:shortcuts'), separator, about],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, workshopMenu, windowMenu, helpMenu];
}
