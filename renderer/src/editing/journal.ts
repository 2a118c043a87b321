import type { FieldPath } from '../../../shared/editing/field-path';

/**
 * A write-ahead journal for text edits, in localStorage because it is synchronous: an entry
 * written in the keystroke's own event survives a reload, a crash or a closed tab that comes a
 * millisecond later, when an IndexedDB transaction might not. Entries are removed once Dexie has
 * committed them, and replayed into Dexie on the next start otherwise.
 */
export interface JournalEntry {
  readonly workshopId: string;
  readonly path: FieldPath;
  readonly value: unknown;
  /** Epoch ms of the keystroke; replay keeps only the newest entry per field. */
  readonly at: number;
}

const STORAGE_KEY = 'endfirst.edit-journal.v1';

type JournalMap = Record<string, JournalEntry>;

function read(storage: Storage): JournalMap {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as JournalMap) : {};
  } catch {
    return {};
  }
}

function write(storage: Storage, entries: JournalMap): void {
  try {
    if (Object.keys(entries).length === 0) storage.removeItem(STORAGE_KEY);
    else storage.setItem(STORAGE_KEY, JSON.stringify(entries));
  } catch {
    // Storage full or disabled: the debounced Dexie commit still runs; only the crash margin is lost.
  }
}

export function createJournal(storage: Storage = window.localStorage) {
  return {
    record(key: string, entry: JournalEntry): void {
      write(storage, { ...read(storage), [key]: entry });
    },
    /** Forgets an entry only if it is still the one committed (a newer keystroke keeps its own). */
    settle(key: string, at: number): void {
      const entries = read(storage);
      if (entries[key]?.at !== at) return;
      delete entries[key];
      write(storage, entries);
    },
    entries(): [string, JournalEntry][] {
      return Object.entries(read(storage)).filter(
        ([, entry]) => typeof entry?.workshopId === 'string' && Array.isArray(entry.path) && typeof entry.at === 'number',
      );
    },
  };
}

export type Journal = ReturnType<typeof createJournal>;
