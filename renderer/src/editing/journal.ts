import type { FieldPath } from '../../../shared/editing/field-path';

/**
 * A write-ahead journal for text edits, in localStorage because it is synchronous: an entry
 * written in the keystroke's own event survives a reload, a crash or a closed tab that comes a
 * millisecond later, when an IndexedDB transaction might not. Entries are removed once Dexie has
 * committed them, and replayed into Dexie on the next start otherwise.
 *
 * One localStorage key per field, so a keystroke writes only its own field's entry (a few hundred
 * bytes) instead of reading and rewriting every pending field.
 */
export interface JournalEntry {
  readonly workshopId: string;
  readonly path: FieldPath;
  readonly value: unknown;
  /** Epoch ms of the keystroke; replay keeps only the newest entry per field. */
  readonly at: number;
  /** The workshop record version the edit was typed against; absent in entries older than it (v1). */
  readonly schemaVersion?: number;
}

/** Each field's entry lives under this prefix followed by its key. */
export const JOURNAL_KEY_PREFIX = 'endfirst.edit-journal.v2:';
/** Before v2 every entry shared one key holding a map: still read (and settled) so no older crash's text is lost. */
const LEGACY_MAP_KEY = 'endfirst.edit-journal.v1';

const isEntry = (entry: unknown): entry is JournalEntry =>
  typeof entry === 'object' &&
  entry !== null &&
  typeof (entry as JournalEntry).workshopId === 'string' &&
  Array.isArray((entry as JournalEntry).path) &&
  typeof (entry as JournalEntry).at === 'number';

function parse(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function readLegacy(storage: Storage): Record<string, unknown> {
  const parsed = parse(storage.getItem(LEGACY_MAP_KEY));
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
}

function attempt(write: () => void): void {
  try {
    write();
  } catch {
    // Storage full or disabled: the debounced Dexie commit still runs; only the crash margin is lost.
  }
}

export function createJournal(storage: Storage = window.localStorage) {
  return {
    record(key: string, entry: JournalEntry): void {
      attempt(() => storage.setItem(JOURNAL_KEY_PREFIX + key, JSON.stringify(entry)));
    },
    /** Forgets an entry only if it is still the one committed (a newer keystroke keeps its own). */
    settle(key: string, at: number): void {
      const stored = parse(storage.getItem(JOURNAL_KEY_PREFIX + key));
      if (isEntry(stored) && stored.at === at) attempt(() => storage.removeItem(JOURNAL_KEY_PREFIX + key));
      if (storage.getItem(LEGACY_MAP_KEY) === null) return;
      const legacy = readLegacy(storage);
      const old = legacy[key];
      if (!isEntry(old) || old.at > at) return;
      delete legacy[key];
      attempt(() =>
        Object.keys(legacy).length === 0 ? storage.removeItem(LEGACY_MAP_KEY) : storage.setItem(LEGACY_MAP_KEY, JSON.stringify(legacy)),
      );
    },
    /** Every entry not yet settled, newest per field (a legacy entry loses to a newer per-field one). */
    entries(): [string, JournalEntry][] {
      const found = new Map<string, JournalEntry>();
      for (const [key, entry] of Object.entries(readLegacy(storage))) if (isEntry(entry)) found.set(key, entry);
      for (let index = 0; index < storage.length; index += 1) {
        const storageKey = storage.key(index);
        if (storageKey === null || !storageKey.startsWith(JOURNAL_KEY_PREFIX)) continue;
        const entry = parse(storage.getItem(storageKey));
        const key = storageKey.slice(JOURNAL_KEY_PREFIX.length);
        if (isEntry(entry) && entry.at >= (found.get(key)?.at ?? -Infinity)) found.set(key, entry);
      }
      return [...found];
    },
  };
}

export type Journal = ReturnType<typeof createJournal>;
