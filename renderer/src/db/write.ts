import { admitWorkshop } from '../../../shared/domain/admit-workshop';
import { summarize } from '../../../shared/domain/summary';
import type { Workshop } from '../../../shared/domain/workshop';
import type { EndfirstDatabase } from './database';
import type { SummaryRecord } from './records';
import { RefusedWriteError } from './refused-write';

export const toSummaryRecord = (workshop: Workshop): SummaryRecord => ({
  ...summarize(workshop),
  schemaVersion: workshop.schemaVersion,
});

/**
 * Writes a whole workshop and its library row together; call inside a transaction on both
 * tables. The record goes through the gate first (upgraded to the current version, parsed with
 * the schema): what it stores is what the gate returns, and a refusal throws, which aborts the
 * caller's whole transaction. Returns the record as stored.
 */
export async function putWithSummary(db: EndfirstDatabase, workshop: unknown): Promise<Workshop> {
  const admitted = admitWorkshop(workshop, db.versioning);
  if (!admitted.ok) throw new RefusedWriteError(admitted.problem);
  await putAlreadyChecked(db, admitted.workshop);
  return admitted.workshop;
}

/** For a record the caller has just checked itself (an edit checks only what it changed). */
export async function putAlreadyChecked(db: EndfirstDatabase, workshop: Workshop): Promise<void> {
  await db.workshops.put(workshop);
  await db.summaries.put(toSummaryRecord(workshop));
}

export async function saveWorkshop(db: EndfirstDatabase, workshop: Workshop): Promise<Workshop> {
  return db.transaction('rw', db.workshops, db.summaries, () => putWithSummary(db, workshop));
}
