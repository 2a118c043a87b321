import { afterEach, describe, expect, it } from 'vitest';
import { saveWorkshop } from '../../../renderer/src/db/write';
import type { SyncNoticeRecord } from '../../../renderer/src/db/records';
import { dismissNotice, restoreNoticeRow } from '../../../renderer/src/features/team/sync-notices';
import type { Workshop } from '../../../shared/domain/workshop';
import { SAMPLE_WORKSHOP } from '../../../shared/method/sample-workshop';
import { dump, freshDatabase } from './db-helpers';

const { db } = freshDatabase('sync-notices');
afterEach(async () => {
  await Promise.all([db.workshops.clear(), db.summaries.clear(), db.syncNotices.clear()]);
});

const participant = SAMPLE_WORKSHOP.participants[1]!;
const kept = { ...participant, role: 'Head of accounts payable' };
const withoutParticipant: Workshop = { ...SAMPLE_WORKSHOP, participants: SAMPLE_WORKSHOP.participants.filter((p) => p.id !== participant.id) };

const notice = (removedRow: SyncNoticeRecord['removedRow'], id = 'notice-1'): SyncNoticeRecord => ({
  id,
  workshopId: SAMPLE_WORKSHOP.id,
  kind: 'row-removed-elsewhere',
  message: 'A participant was deleted on another laptop. Your version is kept here: restore it to bring it back.',
  removedRow,
  createdAt: '2026-12-07T10:00:00.000Z',
});

describe('Restore on a row removed elsewhere', () => {
  it('puts the kept version back as an edit, with the library row, and clears the notice', async () => {
    await saveWorkshop(db, withoutParticipant);
    await db.syncNotices.add(notice({ listPath: ['participants'], index: 1, row: kept }));
    expect(await restoreNoticeRow(db, 'notice-1')).toEqual({ ok: true, outcome: 'restored' });
    const stored = await db.workshops.get(SAMPLE_WORKSHOP.id);
    expect(stored?.participants[1]).toEqual(kept);
    expect(stored?.updatedAt).not.toBe(withoutParticipant.updatedAt);
    expect((await db.summaries.get(SAMPLE_WORKSHOP.id))?.participantCount).toBe(SAMPLE_WORKSHOP.participants.length);
    expect(await db.syncNotices.count()).toBe(0);
  });

  it('only clears the notice when the row is already back', async () => {
    await saveWorkshop(db, SAMPLE_WORKSHOP);
    await db.syncNotices.add(notice({ listPath: ['participants'], index: 1, row: kept }));
    expect(await restoreNoticeRow(db, 'notice-1')).toEqual({ ok: true, outcome: 'already-there' });
    expect((await db.workshops.get(SAMPLE_WORKSHOP.id))?.participants[1]).toEqual(participant);
    expect(await db.syncNotices.count()).toBe(0);
  });

  it.each([
    { name: 'the list it was in is gone', removedRow: { listPath: ['meta', 'gone'], index: 0, row: kept }, problem: 'The part of the plan it belonged to is no longer there.' },
    { name: 'the kept version fails the schema', removedRow: { listPath: ['participants'], index: 1, row: { ...kept, role: 42 } }, problem: expect.stringContaining('The change was not stored.') },
  ])('keeps the notice and changes nothing when $name', async ({ removedRow, problem }) => {
    await saveWorkshop(db, withoutParticipant);
    await db.syncNotices.add(notice(removedRow));
    const before = await dump(db);
    expect(await restoreNoticeRow(db, 'notice-1')).toEqual({ ok: false, problem });
    expect(await dump(db)).toBe(before);
  });

  it('keeps the notice when the plan is no longer on this laptop', async () => {
    await db.syncNotices.add(notice({ listPath: ['participants'], index: 1, row: kept }));
    const before = await dump(db);
    expect(await restoreNoticeRow(db, 'notice-1')).toEqual({ ok: false, problem: 'The plan is no longer on this laptop.' });
    expect(await dump(db)).toBe(before);
  });

  it('Dismiss removes only that notice', async () => {
    await db.syncNotices.bulkAdd([notice(undefined, 'a'), notice(undefined, 'b')]);
    await dismissNotice(db, 'a');
    expect((await db.syncNotices.toArray()).map((n) => n.id)).toEqual(['b']);
  });
});
