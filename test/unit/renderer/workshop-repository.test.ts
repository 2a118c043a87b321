import { afterEach, describe, expect, it } from 'vitest';
import type { EndfirstDatabase } from '../../../renderer/src/db/database';
import { deleteVersion, listVersions, MAX_AUTOMATIC_VERSIONS, restoreVersion, saveVersion } from '../../../renderer/src/db/versions';
import {
  commitField,
  createNewWorkshop,
  deleteForever,
  duplicateWorkshop,
  importWorkshops,
  moveToTrash,
  renameWorkshop,
  restoreFromTrash,
  updateWorkshop,
} from '../../../renderer/src/db/workshops';
import { dump, freshDatabase } from './db-helpers';

let db: EndfirstDatabase;
afterEach(() => db?.close());

async function withWorkshop(title = 'Invoice triage') {
  ({ db } = freshDatabase());
  return createNewWorkshop(db, { template: 'full', title });
}

describe('the workshop repository', () => {
  it('creates a workshop with its library row', async () => {
    const workshop = await withWorkshop();
    expect(await db.workshops.get(workshop.id)).toEqual(workshop);
    expect(await db.summaries.get(workshop.id)).toMatchObject({ title: 'Invoice triage', deletedAt: null });
  });

  it('commits a field by path and keeps the summary in step', async () => {
    const workshop = await withWorkshop();
    await commitField(db, workshop.id, ['meta', 'organisation'], 'Northwind Logistics');
    expect((await db.workshops.get(workshop.id))?.meta.organisation).toBe('Northwind Logistics');
    expect((await db.summaries.get(workshop.id))?.organisation).toBe('Northwind Logistics');
  });

  it('writes nothing when an edit changes nothing', async () => {
    const workshop = await withWorkshop();
    const before = await dump(db);
    await commitField(db, workshop.id, ['meta', 'title'], 'Invoice triage');
    await commitField(db, workshop.id, ['participants', { id: 'gone' }, 'name'], 'x');
    expect(await dump(db)).toBe(before);
  });

  it('renames, but never to an empty title', async () => {
    const workshop = await withWorkshop();
    await renameWorkshop(db, workshop.id, '   ');
    expect((await db.workshops.get(workshop.id))?.meta.title).toBe('Invoice triage');
    await renameWorkshop(db, workshop.id, ' Claims triage ');
    expect((await db.summaries.get(workshop.id))?.title).toBe('Claims triage');
  });

  it('duplicates with new ids throughout', async () => {
    const workshop = await withWorkshop();
    const copy = await duplicateWorkshop(db, workshop.id);
    expect(copy?.id).not.toBe(workshop.id);
    expect(copy?.meta.title).toBe('Invoice triage (copy)');
    expect(copy?.standards.map((s) => s.id)).not.toEqual(workshop.standards.map((s) => s.id));
    expect(copy?.standards.map((s) => s.name)).toEqual(workshop.standards.map((s) => s.name));
  });

  it('moves to Trash and back, and deletes forever with its versions', async () => {
    const workshop = await withWorkshop();
    await moveToTrash(db, workshop.id);
    expect((await db.summaries.get(workshop.id))?.deletedAt).toEqual(expect.any(String));
    await restoreFromTrash(db, workshop.id);
    expect((await db.summaries.get(workshop.id))?.deletedAt).toBeNull();
    await saveVersion(db, workshop.id, 'manual');
    await deleteForever(db, workshop.id);
    expect(await db.workshops.count()).toBe(0);
    expect(await db.summaries.count()).toBe(0);
    expect(await db.versions.count()).toBe(0);
  });

  it('imports as a copy or replaces (keeping the replaced one as a version)', async () => {
    const workshop = await withWorkshop();
    const incoming = { ...workshop, meta: { ...workshop.meta, title: 'From a colleague' } };
    const [copy] = await importWorkshops(db, [incoming], 'copy');
    expect(copy?.id).not.toBe(workshop.id);
    expect(await db.workshops.count()).toBe(2);
    await importWorkshops(db, [incoming], 'replace');
    expect((await db.workshops.get(workshop.id))?.meta.title).toBe('From a colleague');
    const [before] = await listVersions(db, workshop.id);
    expect(before).toMatchObject({ reason: 'before-import', workshop: { meta: { title: 'Invoice triage' } } });
  });
});

describe('versions', () => {
  it('restores a snapshot after snapshotting the current state, so the restore can be undone', async () => {
    const workshop = await withWorkshop();
    const first = await saveVersion(db, workshop.id, 'manual', 'Before lunch');
    await commitField(db, workshop.id, ['meta', 'capability'], 'Triage supplier invoices');
    await restoreVersion(db, first!.id);
    expect((await db.workshops.get(workshop.id))?.meta.capability).toBe('');
    const [undo] = await listVersions(db, workshop.id);
    expect(undo?.reason).toBe('before-restore');
    expect(undo?.workshop.meta.capability).toBe('Triage supplier invoices');
    await restoreVersion(db, undo!.id);
    expect((await db.workshops.get(workshop.id))?.meta.capability).toBe('Triage supplier invoices');
  });

  it(`keeps only the newest ${MAX_AUTOMATIC_VERSIONS} automatic snapshots per workshop`, async () => {
    const workshop = await withWorkshop();
    for (let i = 0; i < MAX_AUTOMATIC_VERSIONS + 5; i += 1) {
      await updateWorkshop(db, workshop.id, (draft) => {
        draft.meta.capability = `edit ${i}`;
      });
      await saveVersion(db, workshop.id, 'interval', `v${i}`);
    }
    const versions = await listVersions(db, workshop.id);
    expect(versions).toHaveLength(MAX_AUTOMATIC_VERSIONS);
    expect(versions[0]?.label).toBe(`v${MAX_AUTOMATIC_VERSIONS + 4}`);
    expect(versions.at(-1)?.label).toBe('v5');
  });

  it.each(['manual', 'session-end'] as const)('never prunes a %s version, even after 100 later automatic snapshots', async (reason) => {
    const workshop = await withWorkshop();
    const kept = await saveVersion(db, workshop.id, reason, 'End of workshop day');
    for (let i = 0; i < 100; i += 1) {
      await updateWorkshop(db, workshop.id, (draft) => {
        draft.meta.capability = `edit ${i}`;
      });
      await saveVersion(db, workshop.id, i % 2 === 0 ? 'interval' : 'opened');
    }
    const versions = await listVersions(db, workshop.id);
    expect(versions.map((v) => v.id)).toContain(kept!.id);
    expect(versions.filter((v) => v.reason !== reason)).toHaveLength(MAX_AUTOMATIC_VERSIONS);
    expect(versions).toHaveLength(MAX_AUTOMATIC_VERSIONS + 1);
  }, 60_000);

  it('deletes a named version only when asked, and says when it was already gone', async () => {
    const workshop = await withWorkshop();
    const named = await saveVersion(db, workshop.id, 'manual', 'Before lunch');
    expect(await deleteVersion(db, named!.id)).toBe(true);
    expect(await listVersions(db, workshop.id)).toHaveLength(0);
    expect(await deleteVersion(db, named!.id)).toBe(false);
  });
});
