import { serializeEndfirstFile } from '../../../../shared/domain/file-format';
import { reassignIds, reassignIdsTogether } from '../../../../shared/domain/reassign-ids';
import type { Workshop } from '../../../../shared/domain/workshop';
import type { EndfirstDatabase } from '../../db/database';
import { localDate, newId, nowIso } from '../../db/ids';
import type { SummaryRecord, VersionRecord } from '../../db/records';
import { deleteForever } from '../../db/workshops';
import { saveWorkshop } from '../../db/write';
import { bundleFileName, workshopFileName } from './export-file-name';

/**
 * The library's reads and the few writes db/ has no function for. Summaries only: the home
 * screen never loads whole workshops except to export them.
 */

export type LibraryLoad =
  | { readonly ok: true; readonly summaries: readonly SummaryRecord[]; readonly trashCount: number }
  | { readonly ok: false; readonly problem: string };

/**
 * Workshops in the library (not in Trash) and how many are in Trash, from one read of the
 * summaries. A failure is a value, not a throw: the library then says so instead of crashing.
 */
export async function loadLibrary(db: EndfirstDatabase): Promise<LibraryLoad> {
  try {
    const all = await db.summaries.toArray();
    const summaries = all.filter((summary) => summary.deletedAt === null);
    return { ok: true, summaries, trashCount: all.length - summaries.length };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Workshops in Trash, most recently deleted first. IndexedDB does not index null, so the
 * deletedAt index holds exactly the deleted ones.
 */
export async function trashSummaries(db: EndfirstDatabase): Promise<LibraryLoad> {
  try {
    const summaries = await db.summaries.orderBy('deletedAt').reverse().toArray();
    return { ok: true, summaries, trashCount: summaries.length };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}

/** Deletes every workshop in Trash, with its versions, in one transaction. */
export async function emptyTrash(db: EndfirstDatabase): Promise<number> {
  return db.transaction('rw', db.workshops, db.summaries, db.versions, async () => {
    const ids = (await db.summaries.orderBy('deletedAt').primaryKeys()) as string[];
    for (const id of ids) await deleteForever(db, id);
    return ids.length;
  });
}

export interface ExportFile {
  readonly fileName: string;
  readonly text: string;
}

export async function exportOne(db: EndfirstDatabase, id: string): Promise<ExportFile | undefined> {
  const workshop = await db.workshops.get(id);
  if (!workshop) return undefined;
  return { fileName: workshopFileName(workshop.meta), text: serializeEndfirstFile([workshop], nowIso()) };
}

/** Every workshop not in Trash, as one bundle file; undefined when the library is empty. */
export async function exportAll(db: EndfirstDatabase): Promise<(ExportFile & { readonly count: number }) | undefined> {
  const workshops = await db.transaction('r', db.workshops, async () =>
    (await db.workshops.toArray()).filter((workshop) => workshop.deletedAt === null),
  );
  if (workshops.length === 0) return undefined;
  return {
    fileName: bundleFileName(localDate(), workshops.length),
    text: serializeEndfirstFile(workshops, nowIso()),
    count: workshops.length,
  };
}

/**
 * Adds a copy of the sample with fresh ids and today's timestamps, so it can be opened twice and
 * sorts to the top of the library.
 */
export async function addSampleWorkshop(db: EndfirstDatabase, sample: Workshop, baseline?: Workshop): Promise<Workshop> {
  const now = nowIso();
  if (baseline === undefined) {
    const copy: Workshop = { ...reassignIds(sample, { id: newId(), newId }), createdAt: now, updatedAt: now, deletedAt: null };
    await saveWorkshop(db, copy);
    return copy;
  }
  // The first session's baseline goes in as the 'session-end' version the sample's session names,
  // with the same new ids, so "since the workshop" compares like with like.
  const session = sample.sessions.find((candidate) => candidate.baselineVersionId !== null);
  const fresh = reassignIdsTogether(
    { workshop: sample, version: { id: session?.baselineVersionId ?? newId(), workshop: baseline } },
    newId,
  );
  const copy: Workshop = { ...fresh.workshop, createdAt: now, updatedAt: now, deletedAt: null };
  const version: VersionRecord = {
    id: fresh.version.id,
    schemaVersion: baseline.schemaVersion,
    workshopId: copy.id,
    createdAt: session?.endedAt ?? now,
    reason: 'session-end',
    label: `End of ${session?.label ?? 'the first session'}`,
    workshop: { ...fresh.version.workshop, createdAt: now, deletedAt: null },
  };
  await db.transaction('rw', db.workshops, db.summaries, db.versions, async () => {
    await saveWorkshop(db, copy);
    await db.versions.add(version);
  });
  return copy;
}
