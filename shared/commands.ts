import type { MenuCommand } from './ipc/contract';

/**
 * Shortcuts of our own commands, shared by the native menu (main) and the browser host, which
 * has no menu and listens for the same keys itself. Standard roles bring theirs (Ctrl/Cmd+Z, C,
 * V, …, zoom, full screen); these avoid all of them and every text-editing key.
 */
export const COMMAND_ACCELERATORS = {
  'workshop:new': 'CmdOrCtrl+N',
  'file:import': 'CmdOrCtrl+O',
  'file:export': 'CmdOrCtrl+E',
  'workshop:save-version': 'CmdOrCtrl+Shift+S',
  'view:library': 'CmdOrCtrl+Shift+L',
  'help:shortcuts': 'CmdOrCtrl+/',
} as const satisfies Partial<Record<MenuCommand, string>>;

export const COMMAND_LABELS: Readonly<Record<MenuCommand, string>> = {
  'workshop:new': 'New workshop',
  'workshop:save-version': 'Save a version',
  'file:import': 'Import a workshop file',
  'file:export': 'Export workshops',
  'file:restore-backup': 'Restore from backup',
  'view:library': 'Go to the library',
  'help:shortcuts': 'Show keyboard shortcuts',
  'help:about': 'About Endfirst',
};

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** The command an accelerator stands for, if this key press is it ("CmdOrCtrl" = Cmd on a Mac). */
export function commandForKeyPress(press: KeyPress, isMac: boolean): MenuCommand | null {
  const primary = isMac ? press.metaKey : press.ctrlKey;
  if (!primary || press.altKey) return null;
  for (const [command, accelerator] of Object.entries(COMMAND_ACCELERATORS)) {
    const parts = accelerator.split('+');
    const key = parts.at(-1)?.toLowerCase();
    const wantsShift = parts.includes('Shift');
    if (press.key.toLowerCase() === key && press.shiftKey === wantsShift) return command as MenuCommand;
  }
  return null;
}

/** "CmdOrCtrl+Shift+S" as a person reads it on this system: "⌘⇧S" or "Ctrl+Shift+S". */
export function describeAccelerator(accelerator: string, isMac: boolean): string {
  const parts = accelerator.split('+').map((part) => {
    if (part === 'CmdOrCtrl') return isMac ? '⌘' : 'Ctrl';
    if (part === 'Shift') return isMac ? '⇧' : 'Shift';
    return part.toUpperCase();
  });
  return isMac ? parts.join('') : parts.join('+');
}
