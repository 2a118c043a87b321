import { describe, expect, it } from 'vitest';
import { createJournal, JOURNAL_KEY_PREFIX, type JournalEntry } from '../../../renderer/src/editing/journal';

/** localStorage as the journal uses it, counting writes so a test can see what a keystroke costs. */
class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  writes: string[] = [];
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.writes.push(key);
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

const entry = (path: string, value: string, at: number): JournalEntry => ({ workshopId: 'w-1', path: ['meta', path], value, at });

describe('the edit journal', () => {
  it('writes only the typed field’s own entry on a keystroke', () => {
    const storage = new MemoryStorage();
    const journal = createJournal(storage);
    journal.record('w-1:meta.title', entry('title', 'Invoice', 1));
    journal.record('w-1:meta.organisation', entry('organisation', 'North', 2));
    storage.writes = [];
    journal.record('w-1:meta.title', entry('title', 'Invoice triage', 3));
    expect(storage.writes).toEqual([`${JOURNAL_KEY_PREFIX}w-1:meta.title`]);
    expect(journal.entries()).toEqual([
      ['w-1:meta.title', entry('title', 'Invoice triage', 3)],
      ['w-1:meta.organisation', entry('organisation', 'North', 2)],
    ]);
  });

  it.each([
    ['the committed keystroke is the newest: the entry goes', 5, []],
    ['a newer keystroke came after the commit: the entry stays', 4, [['w-1:meta.title', entry('title', 'Invoice t', 5)]]],
  ])('%s', (_case, committedAt, left) => {
    const journal = createJournal(new MemoryStorage());
    journal.record('w-1:meta.title', entry('title', 'Invoice t', 5));
    journal.settle('w-1:meta.title', committedAt);
    expect(journal.entries()).toEqual(left);
  });

  it('still replays and settles entries written by the one-key journal of earlier versions', () => {
    const storage = new MemoryStorage();
    storage.setItem('endfirst.edit-journal.v1', JSON.stringify({ 'w-1:meta.title': entry('title', 'Old crash', 1), 'w-1:meta.organisation': entry('organisation', 'Kept', 1) }));
    const journal = createJournal(storage);
    journal.record('w-1:meta.title', entry('title', 'Newer', 2));
    expect(journal.entries()).toEqual([
      ['w-1:meta.title', entry('title', 'Newer', 2)],
      ['w-1:meta.organisation', entry('organisation', 'Kept', 1)],
    ]);
    journal.settle('w-1:meta.title', 2);
    journal.settle('w-1:meta.organisation', 1);
    expect(journal.entries()).toEqual([]);
    expect(storage.items.size).toBe(0);
  });

  it('skips what is not a journal entry: other keys, broken JSON, wrong shapes', () => {
    const storage = new MemoryStorage();
    storage.setItem('unrelated', JSON.stringify(entry('title', 'x', 1)));
    storage.setItem(`${JOURNAL_KEY_PREFIX}broken`, '{not json');
    storage.setItem(`${JOURNAL_KEY_PREFIX}shape`, JSON.stringify({ workshopId: 1 }));
    storage.setItem('endfirst.edit-journal.v1', '[]');
    expect(createJournal(storage).entries()).toEqual([]);
  });

  it('keeps the keystroke going when storage refuses the write (full or disabled)', () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(() => createJournal(storage).record('w-1:meta.title', entry('title', 'x', 1))).not.toThrow();
  });
});
