import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { vi } from 'vitest';
import { EndfirstDatabase } from '../../../renderer/src/db/database';
import { useEditHistory } from '../../../renderer/src/db/edit-history';
import { saveWorkshop } from '../../../renderer/src/db/write';
import { createJournal, type Journal } from '../../../renderer/src/editing/journal';
import { createPendingEdits, replayJournal, type PendingEdits } from '../../../renderer/src/editing/pending-edits';
import { createWorkshop } from '../../../shared/domain/create-workshop';
import type { Workshop } from '../../../shared/domain/workshop';

/**
 * The real code the UI runs, wired as two windows on one profile: tab 1 with its pending edits,
 * its keystroke journal (localStorage) and its undo history; tab 2 as a second connection to the
 * same IndexedDB that writes with the same recipes (what another window does, see
 * editInOtherWindow). Modules such as the undo history are singletons: the history in memory is
 * tab 1's alone, as another window's would live in its own process.
 */
export interface AppUnderTest {
  readonly indexedDB: IDBFactory;
  readonly storage: Storage;
  readonly journal: Journal;
  tab1: EndfirstDatabase;
  readonly tab2: EndfirstDatabase;
  pending: PendingEdits;
  readonly workshopId: string;
  /** Makes the next put on tab 1's workshops table fail; returns the function that disarms it. */
  failNextPut(): () => void;
  reload(): Promise<void>;
  stored(): Promise<Workshop>;
  close(): void;
}

/** localStorage as a Map: setItem on an existing key keeps its place, as browsers do. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
}

const DATABASE = 'endfirst-model';
const open = (indexedDB: IDBFactory) => new EndfirstDatabase(DATABASE, { indexedDB, IDBKeyRange });

export async function startApp(): Promise<AppUnderTest> {
  useEditHistory.setState({ byWorkshop: {} });
  const indexedDB = new IDBFactory();
  const storage = memoryStorage();
  const journal = createJournal(storage);
  const tab1 = open(indexedDB);
  // The same workshop, ids included, in every run, so a printed counterexample names the same rows.
  let count = 9_000;
  const seededId = () => `00000000-0000-4000-a000-${(count += 1).toString().padStart(12, '0')}`;
  const workshop = await saveWorkshop(
    tab1,
    createWorkshop({ template: 'full', title: 'Invoice triage', id: seededId(), now: new Date().toISOString(), date: '2026-12-06', newId: seededId }),
  );
  const tab2 = open(indexedDB);
  await tab2.open();

  const app: AppUnderTest = {
    indexedDB,
    storage,
    journal,
    tab1,
    tab2,
    pending: createPendingEdits(tab1, journal),
    workshopId: workshop.id,
    failNextPut() {
      const table = app.tab1.workshops;
      const put = table.put.bind(table);
      const disarm = () => void (table.put = put);
      table.put = (() => {
        disarm();
        return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      }) as unknown as typeof table.put;
      return disarm;
    },
    async reload() {
      // Dropping the window: its debounce timers, its pending edits, its undo history, its
      // connection. localStorage (the journal) and IndexedDB stay.
      vi.clearAllTimers();
      app.tab1.close();
      useEditHistory.setState({ byWorkshop: {} });
      app.tab1 = open(indexedDB);
      app.pending = createPendingEdits(app.tab1, journal);
      await replayJournal(app.tab1, journal);
    },
    async stored() {
      const record = await app.tab2.workshops.get(workshop.id);
      if (!record) throw new Error('The workshop is gone from the database.');
      return record;
    },
    close() {
      vi.clearAllTimers();
      app.tab1.close();
      app.tab2.close();
    },
  };
  return app;
}
