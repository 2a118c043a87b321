import { beforeEach, describe, expect, it } from 'vitest';
import { latestEndedSession, loadBaseline } from '../../../renderer/src/db/baseline';
import type { EndfirstDatabase } from '../../../renderer/src/db/database';
import { saveVersion } from '../../../renderer/src/db/versions';
import { createNewWorkshop } from '../../../renderer/src/db/workshops';
import type { Session } from '../../../shared/domain/sessions';
import { freshDatabase } from './db-helpers';

let db: EndfirstDatabase;
beforeEach(() => {
  db = freshDatabase().db;
});

const session = (id: string, fields: Partial<Session>): Session => ({
  id,
  kind: 'follow-up',
  label: `Session ${id.slice(-1)}`,
  date: '2026-12-01',
  startTime: null,
  endTime: null,
  presentParticipantIds: [],
  endedAt: null,
  baselineVersionId: null,
  ...fields,
});

describe('the baseline of "since last session"', () => {
  it('is the session that ended last with a baseline; a running session does not count', () => {
    const sessions = [
      session('7e000000-0000-4000-8000-000000000001', { endedAt: '2026-12-01T17:00:00.000Z', baselineVersionId: '7e000000-0000-4000-8000-0000000000b1' }),
      session('7e000000-0000-4000-8000-000000000002', { endedAt: '2026-12-08T17:00:00.000Z', baselineVersionId: '7e000000-0000-4000-8000-0000000000b2' }),
      session('7e000000-0000-4000-8000-000000000003', {}),
    ];
    expect(latestEndedSession({ sessions })?.id).toBe('7e000000-0000-4000-8000-000000000002');
    expect(latestEndedSession({ sessions: [sessions[2]!] })).toBeNull();
  });

  it('loads the session-end snapshot with the session’s label and day, and none once it is deleted', async () => {
    const workshop = await createNewWorkshop(db, { template: 'full', title: 'Invoice triage' });
    const version = await saveVersion(db, workshop.id, 'session-end', 'End of Workshop');
    const ended = { ...workshop, sessions: [session('7e000000-0000-4000-8000-000000000001', { label: 'Workshop day 1', date: '2026-11-26', endedAt: '2026-11-26T17:00:00.000Z', baselineVersionId: version!.id })] };
    const baseline = await loadBaseline(db, ended);
    expect(baseline).toMatchObject({ label: 'Workshop day 1', date: '2026-11-26', workshop: { id: workshop.id, meta: { title: 'Invoice triage' } } });
    await db.versions.delete(version!.id);
    expect(await loadBaseline(db, ended)).toBeNull();
  });
});
