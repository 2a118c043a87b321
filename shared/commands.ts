import type { MenuCommand } from './ipc/contract';

/**
 * Shortcuts of our own commands, shared by the native menu (main) and the browser host, which
 * has no menu and listens for the same keys itself. Standard roles bring theirs (C, V, …, zoom,
 * full screen). Undo and redo are ours because they undo workshop edits; inside a text field they
 * fall back to the field's own text undo (see `isTextEditingKey`).
 *
 * The keys avoid every browser-level shortcut Chromium keeps for itself (Ctrl+Shift+N, T, W, B, J),
 * so the browser host receives them too.
 */
export const COMMAND_ACCELERATORS = {
  'workshop:new': 'CmdOrCtrl+N',
  'file:import': 'CmdOrCtrl+O',
  'file:export': 'CmdOrCtrl+E',
  'file:export-pdf': 'CmdOrCtrl+P',
  'workshop:save-version': 'CmdOrCtrl+Shift+S',
  'edit:undo': 'CmdOrCtrl+Z',
  'edit:redo': 'CmdOrCtrl+Shift+Z',
  'view:library': 'CmdOrCtrl+Shift+L',
  'view:present': 'CmdOrCtrl+Shift+P',
  'stage:previous': 'CmdOrCtrl+[',
  'stage:next': 'CmdOrCtrl+]',
  'timer:toggle': 'CmdOrCtrl+Shift+Space',
  'room:new-note': 'CmdOrCtrl+Shift+Enter',
  'room:parking-lot': 'CmdOrCtrl+Shift+K',
  'help:shortcuts': 'CmdOrCtrl+/',
} as const satisfies Partial<Record<MenuCommand, string>>;

export const COMMAND_LABELS: Readonly<Record<MenuCommand, string>> = {
  'workshop:new': 'New workshop',
  'workshop:save-version': 'Save a version',
  'file:import': 'Import a workshop file',
  'file:export': 'Export workshops',
  'file:export-pdf': 'Export the summary as PDF',
  'file:export-markdown': 'Export the summary as Markdown',
  'file:export-actions-csv': 'Export actions as CSV',
  'file:restore-backup': 'Restore from backup',
  'edit:undo': 'Undo',
  'edit:redo': 'Redo',
  'view:library': 'Go to the library',
  'view:present': 'Present on the projector',
  'stage:previous': 'Previous stage',
  'stage:next': 'Next stage',
  'timer:toggle': 'Start or pause the timer',
  'room:new-note': 'New note',
  'room:parking-lot': 'Open the parking lot',
  'help:shortcuts': 'Show keyboard shortcuts',
  'help:about': 'About Endfirst',
};

/** Commands that act on the open workshop; they do nothing in the library. */
export const WORKSHOP_COMMANDS: readonly MenuCommand[] = [
  'file:export-pdf',
  'file:export-markdown',
  'file:export-actions-csv',
  'view:present',
  'stage:previous',
  'stage:next',
  'timer:toggle',
  'room:new-note',
  'room:parking-lot',
];

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** Accelerator key names whose KeyboardEvent.key differs from the name. */
const KEY_NAMES: Readonly<Record<string, string>> = { space: ' ', enter: 'enter' };

/** The command an accelerator stands for, if this key press is it ("CmdOrCtrl" = Cmd on a Mac). */
export function commandForKeyPress(press: KeyPress, isMac: boolean): MenuCommand | null {
  const primary = isMac ? press.metaKey : press.ctrlKey;
  if (!primary || press.altKey) return null;
  const pressed = press.key.toLowerCase();
  for (const [command, accelerator] of Object.entries(COMMAND_ACCELERATORS)) {
    const parts = accelerator.split('+');
    const name = parts.at(-1)?.toLowerCase() ?? '';
    const key = KEY_NAMES[name] ?? name;
    const wantsShift = parts.includes('Shift');
    if (pressed === key && press.shiftKey === wantsShift) return command as MenuCommand;
  }
  return null;
}

/**
 * Undo and redo inside a text field belong to the field (the browser's own text undo); outside
 * one they undo workshop edits.
 */
export const isUndoCommand = (command: MenuCommand): boolean => command === 'edit:undo' || command === 'edit:redo';

/** "CmdOrCtrl+Shift+S" as a person reads it on this system: "⌘⇧S" or "Ctrl+Shift+S". */
export function describeAccelerator(accelerator: string, isMac: boolean): string {
  const parts = accelerator.split('+').map((part) => {
    if (part === 'CmdOrCtrl') return isMac ? '⌘' : 'Ctrl';
    if (part === 'Shift') return isMac ? '⇧' : 'Shift';
    if (part === 'Space') return 'Space';
    if (part === 'Enter') return isMac ? '↩' : 'Enter';
    return part.toUpperCase();
  });
  return isMac ? parts.join('') : parts.join('+');
}
