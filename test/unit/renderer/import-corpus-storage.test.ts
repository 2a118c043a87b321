import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_WORKSHOP } from '../../../shared/method/sample-workshop';
import type { EndfirstDatabase } from '../../../renderer/src/db/database';
import { importWorkshops } from '../../../renderer/src/db/workshops';
import { saveWorkshop } from '../../../renderer/src/db/write';
import { readImportSource } from '../../../renderer/src/features/library/import-files';
import { dump, freshDatabase } from './db-helpers';

const folder = fileURLToPath(new URL('../../fixtures/imports/', import.meta.url));
const fixtures = readdirSync(folder).filter((name) => name.endsWith('.endfirst'));

let db: EndfirstDatabase;
afterEach(() => db?.close());

/**
 * The whole import path the library uses (read and validate, then store all-or-nothing) over
 * every hostile or broken file: a refused file leaves a byte-identical database; an accepted one
 * stores its workshops with their text exactly as written (markup stays text).
 */
describe('importing the hostile-file corpus into a library that already holds a workshop', () => {
  it('has the corpus', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  it.each(fixtures)('%s', async (fileName) => {
    ({ db } = freshDatabase());
    await saveWorkshop(db, SAMPLE_WORKSHOP);
    const before = await dump(db);

    const outcome = await readImportSource({ kind: 'text', fileName, contents: readFileSync(`${folder}${fileName}`, 'utf8') });
    if (!outcome.ok) {
      expect(outcome.message).toMatch(/^\S.*\w+ \w+/); // a sentence, not a code
      expect(outcome.message).not.toMatch(/undefined|\[object /);
      expect(await dump(db)).toBe(before);
      return;
    }
    const stored = await importWorkshops(db, outcome.workshops, 'copy');
    expect(stored).toHaveLength(outcome.workshops.length);
    for (const [index, workshop] of stored.entries()) {
      const original = outcome.workshops[index];
      expect((await db.workshops.get(workshop.id))?.meta.capability).toBe(original?.meta.capability);
      expect((await db.summaries.get(workshop.id))?.title).toBe(workshop.meta.title);
    }
    expect(await db.workshops.get(SAMPLE_WORKSHOP.id)).toEqual(SAMPLE_WORKSHOP);
  });
});
