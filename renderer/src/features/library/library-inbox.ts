import { create } from 'zustand';
import type { MenuCommand } from '../../../../shared/ipc';
import type { ImportSource } from './import-files';

/** Library work that arrives from outside the library screen: menu commands, OS file opens, drops. */
export type LibraryCommand = Extract<MenuCommand, 'workshop:new' | 'file:import' | 'file:export'>;

export const LIBRARY_COMMANDS: readonly MenuCommand[] = ['workshop:new', 'file:import', 'file:export'];

interface LibraryInbox {
  readonly command: LibraryCommand | null;
  readonly imports: readonly ImportSource[];
}

/**
 * App receives these wherever the facilitator is and goes to the library; the library takes
 * them from here once it is shown. A file opened by the OS while a workshop is open is therefore
 * imported, not lost.
 */
export const useLibraryInbox = create<LibraryInbox>()(() => ({ command: null, imports: [] }));

export const sendToLibrary = {
  command: (command: LibraryCommand) => useLibraryInbox.setState({ command }),
  imports: (sources: readonly ImportSource[]) =>
    useLibraryInbox.setState((inbox) => ({ imports: [...inbox.imports, ...sources] })),
};

/** Empties the inbox and returns what was in it. */
export function takeLibraryInbox(): LibraryInbox {
  const inbox = useLibraryInbox.getState();
  useLibraryInbox.setState({ command: null, imports: [] });
  return inbox;
}
