import type { Workshop } from '../../../shared/domain/workshop';
import type { EndfirstDatabase } from './database';
import { newId, nowIso } from './ids';
import type { VersionReason, VersionRecord } from './records';
import { forgetHistory } from './edit-history';
import { putWithSummary } from './write';

export const MAX_VERSIONS_PER_WORKSHOP = 50;

const byWorkshop = (db: EndfirstDatabase, workshopId: string) =>
  db.versions.where('[workshopId+createdAt]').between([workshopId, ''], [workshopId, '\uffff']);

/**
 * A snapshot row, pruned to the newest 50 (session baselines are kept apart from that count). Call inside a transaction that includes versions. The
 * snapshot keeps the record exactly as it was, with its own schemaVersion: it is upgraded only
 * if and when it is restored, through the same gate as everything else.
 */
export async function addVersionRecord(
  db: EndfirstDatabase,
  workshop: Workshop,
  reason: VersionReason,
  label: string,
): Promise<VersionRecord> {
  const record: VersionRecord = {
    id: newId(),
    schemaVersion: workshop.schemaVersion,
    workshopId: workshop.id,
    createdAt: nowIso(),
    reason,
    label: label.trim().slice(0, 200),
    workshop,
  };
  await db.versions.add(record);
  // Session baselines are what later sessions compare with: they never count towards the 50.
  const keys = await byWorkshop(db, workshop.id)
    .filter((version) => version.reason !== 'session-end')
    .primaryKeys();
  const excess = keys.length - MAX_VERSIONS_PER_WORKSHOP;
  if (excess > 0) await db.versions.bulkDelete(keys.slice(0, excess));
  return record;
}

/**
 * Snapshots the workshop as stored now. Automatic snapshots (on opening, every few minutes) are
 * skipped when nothing changed since the newest one, so the 50 slots hold real history; a
 * version the facilitator saves by hand is always kept.
 */
export async function saveVersion(
  db: EndfirstDatabase,
  workshopId: string,
  reason: VersionReason,
  label = '',
): Promise<VersionRecord | undefined> {
  return db.transaction('rw', db.workshops, db.versions, async () => {
    const workshop = await db.workshops.get(workshopId);
    if (!workshop) return undefined;
    if (reason === 'opened' || reason === 'interval') {
      const newest = await byWorkshop(db, workshopId).last();
      if (newest?.workshop.updatedAt === workshop.updatedAt) return undefined;
    }
    return addVersionRecord(db, workshop, reason, label);
  });
}

/** Newest first. Loads the snapshots' bodies too: 50 at most, and only when the panel is open. */
export async function listVersions(db: EndfirstDatabase, workshopId: string): Promise<VersionRecord[]> {
  return (await byWorkshop(db, workshopId).toArray()).reverse();
}

/**
 * Brings back a snapshot. The current state is snapshotted first, in the same transaction, so a
 * restore is itself undoable from the same panel. A snapshot from an older schema version is
 * upgraded by putWithSummary's gate; one the gate refuses aborts the whole restore (throws).
 */
export async function restoreVersion(db: EndfirstDatabase, versionId: string): Promise<Workshop | undefined> {
  const restored = await db.transaction('rw', db.workshops, db.summaries, db.versions, async () => {
    const version = await db.versions.get(versionId);
    if (!version) return undefined;
    const current = await db.workshops.get(version.workshopId);
    if (current) await addVersionRecord(db, current, 'before-restore', 'Before restoring an earlier version');
    // Keep the Trash state of the live record: restoring content must not undelete or delete.
    // (updatedAt and deletedAt have had these names in every schema version so far.)
    return putWithSummary(db, { ...version.workshop, updatedAt: nowIso(), deletedAt: current?.deletedAt ?? null });
  });
  // After the commit: an edit that committed just before must not record a step after the wipe.
  if (restored) forgetHistory(restored.id);
  return restored;
}
