/** Where a command does something: everywhere, or only while a workshop is open. */
export type CommandScope = 'app' | 'workshop';

export interface CommandSpec {
  /** What the command does, as the shortcuts dialog lists it. */
  readonly label: string;
  /** The native menu's wording where its submenu already says part of it ("Export › Summary as PDF…"). */
  readonly menuLabel?: string;
  /** Electron accelerator syntax; the browser host reads the same keys itself. */
  readonly accelerator?: string;
  readonly scope: CommandScope;
}

/**
 * Every command of ours, in one table: the native menu (main), the browser host's shortcuts and
 * the "?" dialog all read it, and the IPC contract takes its list of command ids from it.
 * Standard roles bring their own keys (C, V, …, zoom, full screen). Undo and redo are ours because
 * they undo workshop edits; inside a text field they fall back to the field's own text undo
 * (see `isUndoCommand`).
 *
 * The keys avoid every browser-level shortcut Chromium keeps for itself (Ctrl+Shift+N, T, W, B, J),
 * so the browser host receives them too.
 */
export const COMMANDS = {
  'workshop:new': { label: 'New workshop', accelerator: 'CmdOrCtrl+N', scope: 'app' },
  'workshop:save-version': { label: 'Save a version', menuLabel: 'Save version', accelerator: 'CmdOrCtrl+Shift+S', scope: 'workshop' },
  'file:import': { label: 'Import a workshop file', menuLabel: 'Import…', accelerator: 'CmdOrCtrl+O', scope: 'app' },
  'file:export': { label: 'Export workshops', menuLabel: 'Workshop files (.endfirst)…', accelerator: 'CmdOrCtrl+E', scope: 'app' },
  'file:export-pdf': { label: 'Export the summary as PDF', menuLabel: 'Summary as PDF…', accelerator: 'CmdOrCtrl+P', scope: 'workshop' },
  'file:export-markdown': { label: 'Export the summary as Markdown', menuLabel: 'Summary as Markdown…', scope: 'workshop' },
  'file:export-actions-csv': { label: 'Export actions as CSV', menuLabel: 'Actions as CSV…', scope: 'workshop' },
  'file:restore-backup': { label: 'Restore from backup', menuLabel: 'Restore from backup…', scope: 'app' },
  'edit:undo': { label: 'Undo', accelerator: 'CmdOrCtrl+Z', scope: 'workshop' },
  'edit:redo': { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', scope: 'workshop' },
  'view:library': { label: 'Go to the library', menuLabel: 'Library', accelerator: 'CmdOrCtrl+Shift+L', scope: 'app' },
  'view:present': { label: 'Present on the projector', accelerator: 'CmdOrCtrl+Shift+P', scope: 'workshop' },
  'stage:previous': { label: 'Previous stage', accelerator: 'CmdOrCtrl+[', scope: 'workshop' },
  'stage:next': { label: 'Next stage', accelerator: 'CmdOrCtrl+]', scope: 'workshop' },
  'timer:toggle': { label: 'Start or pause the timer', accelerator: 'CmdOrCtrl+Shift+Space', scope: 'workshop' },
  'room:new-note': { label: 'New note', accelerator: 'CmdOrCtrl+Shift+Enter', scope: 'workshop' },
  'room:parking-lot': { label: 'Open the parking lot', menuLabel: 'Parking lot', accelerator: 'CmdOrCtrl+Shift+K', scope: 'workshop' },
  'help:shortcuts': { label: 'Show keyboard shortcuts', menuLabel: 'Keyboard shortcuts', accelerator: 'CmdOrCtrl+/', scope: 'app' },
  'help:about': { label: 'About Endfirst', scope: 'app' },
} as const satisfies Readonly<Record<string, CommandSpec>>;

export type CommandId = keyof typeof COMMANDS;

/** Every command id, in table order (the IPC contract's enum of menu commands). */
export const COMMAND_IDS = Object.keys(COMMANDS) as [CommandId, ...CommandId[]];

/** The commands that have a shortcut, with it: `COMMAND_ACCELERATORS['view:present']` is typed as present. */
type WithAccelerator = { [K in CommandId]: (typeof COMMANDS)[K] extends { readonly accelerator: string } ? K : never }[CommandId];
export const COMMAND_ACCELERATORS = Object.fromEntries(
  COMMAND_IDS.flatMap((id) => {
    const spec: CommandSpec = COMMANDS[id];
    return spec.accelerator === undefined ? [] : [[id, spec.accelerator]];
  }),
) as { readonly [K in WithAccelerator]: (typeof COMMANDS)[K]['accelerator'] };

export const acceleratorOf = (id: CommandId): string | undefined => (COMMANDS[id] as CommandSpec).accelerator;

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
export function commandForKeyPress(press: KeyPress, isMac: boolean): CommandId | null {
  const primary = isMac ? press.metaKey : press.ctrlKey;
  if (!primary || press.altKey) return null;
  const pressed = press.key.toLowerCase();
  for (const [command, accelerator] of Object.entries(COMMAND_ACCELERATORS) as [CommandId, string][]) {
    const parts = accelerator.split('+');
    const name = parts.at(-1)?.toLowerCase() ?? '';
    const key = KEY_NAMES[name] ?? name;
    const wantsShift = parts.includes('Shift');
    if (pressed === key && press.shiftKey === wantsShift) return command;
  }
  return null;
}

/**
 * Undo and redo inside a text field belong to the field (the browser's own text undo); outside
 * one they undo workshop edits.
 */
export const isUndoCommand = (command: CommandId): boolean => command === 'edit:undo' || command === 'edit:redo';

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
