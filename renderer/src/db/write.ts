import { summarize } from '../../../shared/domain/summary';
import { CURRENT_SCHEMA_VERSION, type Workshop } from '../../../shared/domain/workshop';
import type { EndfirstDatabase } from './database';
import type { SummaryRecord } from './records';

export const toSummaryRecord = (workshop: Workshop): SummaryRecord => ({
  ...summarize(workshop),
  schemaVersion: CURRENT_SCHEMA_VERSION,
});

/** Writes a workshop and its library row together; call inside a transaction on both tables. */
export async function putWithSummary(db: EndfirstDatabase, workshop: Workshop): Promise<void> {
  await db.workshops.put(workshop);
  await db.summaries.put(toSummaryRecord(workshop));
}

export async function saveWorkshop(db: EndfirstDatabase, workshop: Workshop): Promise<void> {
  await db.transaction('rw', db.workshops, db.summaries, () => putWithSummary(db, workshop));
}
