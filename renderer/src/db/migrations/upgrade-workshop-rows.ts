import type { Transaction } from 'dexie';
import { admitWorkshop, type RecordVersioning } from '../../../../shared/domain/admit-workshop';
import type { Workshop } from '../../../../shared/domain/workshop';
import type { SettingRecord } from '../records';
import { toSummaryRecord } from '../write';

/** The settings row listing workshops an upgrade could not bring to the current record version. */
export const NOT_UPGRADED_KEY = 'workshops-not-upgraded';

export interface NotUpgradedWorkshop {
  readonly workshopId: string;
  readonly schemaVersion: unknown;
  readonly problem: string;
}

/**
 * The upgrade of a Dexie version that carries a workshop record step: every stored workshop goes
 * through the gate and is written back at the new record version, with its library row.
 *
 * A row the gate refuses is left exactly as it was and listed under NOT_UPGRADED_KEY (and in the
 * console), instead of failing the upgrade. Failing it would abort Dexie's version change, and
 * the database would then not open at all: the whole library held hostage by one record. Kept
 * as it was, the row is still exported and backed up as it is, and the write path runs it
 * through the gate again before any edit, so a later Endfirst with a fixed step can upgrade it.
 * Version snapshots are not touched: they keep the version they were written with and are
 * upgraded when restored.
 */
export async function upgradeWorkshopRows(transaction: Transaction, versioning: RecordVersioning): Promise<void> {
  const rows = await transaction.table<Record<string, unknown>, string>('workshops').toArray();
  const upgraded: Workshop[] = [];
  const refused: NotUpgradedWorkshop[] = [];
  for (const row of rows) {
    if (row.schemaVersion === versioning.targetVersion) continue;
    const admitted = admitWorkshop(row, versioning);
    if (admitted.ok) upgraded.push(admitted.workshop);
    else refused.push({ workshopId: String(row.id), schemaVersion: row.schemaVersion, problem: admitted.problem.message });
  }
  await transaction.table('workshops').bulkPut(upgraded);
  await transaction.table('summaries').bulkPut(upgraded.map(toSummaryRecord));
  if (refused.length === 0) return;
  console.warn(`Endfirst kept ${refused.length} workshop(s) at their old data version:`, refused);
  const record: SettingRecord = { key: NOT_UPGRADED_KEY, schemaVersion: 1, value: refused };
  await transaction.table('settings').put(record);
}
