import type { Workshop } from '../../../shared/domain/workshop';
import type { EndfirstDatabase } from './database';
import { newId, nowIso } from './ids';
import { AUTOMATIC_VERSION_REASONS, type VersionReason, type VersionRecord } from './records';
import { forgetHistory } from './edit-history';
import { putWithSummary } from './write';

/** The cap on automatic snapshots per workshop; named versions and session baselines do not count. */
export const MAX_AUTOMATIC_VERSIONS = 50;

const byWorkshop = (db: EndfirstDatabase, workshopId: string) =>
  db.versions.where('[workshopId+createdAt]').between([workshopId, ''], [workshopId, '\uffff']);

/**
 * A snapshot row; the oldest automatic snapshots beyond MAX_AUTOMATIC_VERSIONS are pruned, never a
 * named version or a session baseline (pruning by age alone deleted the facilitator's "End of
 * workshop day" after a few hours of later editing). Call inside a transaction that includes versions. The
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
  await pruneAutomaticVersions(db, workshop.id);
  return record;
}

async function pruneAutomaticVersions(db: EndfirstDatabase, workshopId: string): Promise<void> {
  // Keys only, never a snapshot body: the [workshopId+reason+createdAt] index (Dexie version 5)
  // gives each automatic snapshot's date and id without reading the workshop stored in it.
  const automatic: { readonly createdAt: string; readonly id: string }[] = [];
  for (const reason of AUTOMATIC_VERSION_REASONS) {
    await db.versions
      .where('[workshopId+reason+createdAt]')
      .between([workshopId, reason, ''], [workshopId, reason, '\uffff'])
      .eachKey((key, cursor) => {
        automatic.push({ createdAt: String((key as unknown[])[2]), id: String(cursor.primaryKey) });
      });
  }
  const excess = automatic.length - MAX_AUTOMATIC_VERSIONS;
  if (excess <= 0) return;
  automatic.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  await db.versions.bulkDelete(automatic.slice(0, excess).map((version) => version.id));
}

/**
 * Deletes one version, whatever its reason: the facilitator's own choice, confirmed in the panel.
 * Returns false when it was already gone.
 */
export async function deleteVersion(db: EndfirstDatabase, versionId: string): Promise<boolean> {
  return db.transaction('rw', db.versions, async () => {
    if (!(await db.versions.get(versionId))) return false;
    await db.versions.delete(versionId);
    return true;
  });
}

/** One version by id, or undefined when it has been deleted. */
export async function getVersion(db: EndfirstDatabase, versionId: string): Promise<VersionRecord | undefined> {
  return db.versions.get(versionId);
}

/**
 * Snapshots the workshop as stored now. Automatic snapshots (on opening, every few minutes) are
 * skipped when nothing changed since the newest one, so the automatic slots hold real history; a
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

/** Newest first. Loads the snapshots' bodies too: 50 automatic ones at most, plus the named ones, and only when the panel is open. */
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
