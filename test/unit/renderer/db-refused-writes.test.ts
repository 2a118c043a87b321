import type { Draft } from 'immer';
import { afterEach, describe, expect, it } from 'vitest';
import type { Workshop } from '../../../shared/domain/workshop';
import { SAMPLE_WORKSHOP } from '../../../shared/method/sample-workshop';
import type { EndfirstDatabase } from '../../../renderer/src/db/database';
import { RefusedWriteError } from '../../../renderer/src/db/refused-write';
import { restoreVersion, saveVersion } from '../../../renderer/src/db/versions';
import { commitField, importWorkshops, updateWorkshop } from '../../../renderer/src/db/workshops';
import { saveWorkshop } from '../../../renderer/src/db/write';
import { describeStorageError } from '../../../renderer/src/editing/storage-errors';
import { dump, freshDatabase } from './db-helpers';

let db: EndfirstDatabase;
afterEach(() => db?.close());

const W = SAMPLE_WORKSHOP;
const OTHER_ID = '5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f';
const edit = (recipe: (draft: Draft<Workshop>) => void) => () => updateWorkshop(db, W.id, recipe);

/**
 * Every way to write a workshop, each given something the schema refuses. Each must throw a
 * RefusedWriteError naming the place, and leave everything stored byte-identical.
 */
const REFUSED_WRITES: readonly { readonly name: string; readonly write: () => Promise<unknown>; readonly names: string }[] = [
  { name: 'commitField: a number into meta.title', write: () => commitField(db, W.id, ['meta', 'title'], 42), names: 'meta.title' },
  { name: 'commitField: a title over 200 characters', write: () => commitField(db, W.id, ['meta', 'title'], 't'.repeat(201)), names: 'meta.title' },
  { name: 'commitField: text that is not a date into meta.date', write: () => commitField(db, W.id, ['meta', 'date'], 'next Tuesday'), names: 'meta.date' },
  { name: 'updateWorkshop: a template that does not exist', write: edit((d) => void ((d.meta as { template: string }).template = 'weekly')), names: 'meta.template' },
  { name: 'updateWorkshop: a field the schema does not know', write: edit((d) => void ((d.meta as Record<string, unknown>).colour = 'red')), names: 'meta.colour' },
  { name: 'updateWorkshop: a participant with an ID already used', write: edit((d) => void d.participants.push({ ...d.participants[0]! })), names: 'participants[' },
  {
    name: 'updateWorkshop: a break block that names a stage (a rule across two fields)',
    write: edit((d) => void (d.room.agenda.blocks[0]!.kind = 'break')),
    names: 'room.agenda.blocks[0].stageId',
  },
  { name: 'updateWorkshop: a whole section replaced by a wrong one', write: edit((d) => void ((d as Record<string, unknown>).cost = [])), names: 'cost' },
  { name: 'saveWorkshop: an invalid record', write: () => saveWorkshop(db, { ...W, updatedAt: 'yesterday' }), names: 'updatedAt' },
  {
    name: 'importWorkshops: one invalid among valid ones (all or nothing)',
    write: () => importWorkshops(db, [{ ...W, id: OTHER_ID }, { ...W, meta: { ...W.meta, title: 'x'.repeat(201) } }], 'replace'),
    names: 'meta.title',
  },
];

describe('a write the schema refuses', () => {
  it.each(REFUSED_WRITES)('$name: refused, nothing stored changes', async ({ write, names }) => {
    ({ db } = freshDatabase());
    await saveWorkshop(db, W);
    await saveVersion(db, W.id, 'manual');
    const before = await dump(db);

    const error = await write().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );

    expect(error).toBeInstanceOf(RefusedWriteError);
    expect((error as RefusedWriteError).problem.path).toContain(names);
    expect(await dump(db)).toBe(before);
  });

  it('refuses to restore a snapshot the gate refuses, and changes nothing', async () => {
    ({ db } = freshDatabase());
    await saveWorkshop(db, W);
    const version = await saveVersion(db, W.id, 'manual');
    // A snapshot damaged on disk: written past the gate on purpose.
    await db.versions.update(version!.id, { workshop: { ...W, meta: { ...W.meta, date: 'soon' } } });
    const before = await dump(db);

    await expect(restoreVersion(db, version!.id)).rejects.toThrow(RefusedWriteError);
    expect(await dump(db)).toBe(before);
  });

  it('is shown as a save problem that says what and where', () => {
    const refusal = new RefusedWriteError({ code: 'invalid-workshop', path: 'meta.title', message: 'meta.title must be text (found the number 42).' });
    expect(describeStorageError(refusal)).toBe(
      'Endfirst could not save: meta.title must be text (found the number 42). The change was not stored.',
    );
  });
});
