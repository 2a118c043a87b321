import { parseEndfirstFile } from '../../../shared/domain/file-format';
import type { ImportProblem } from '../../../shared/domain/import-problem';
import type { Workshop } from '../../../shared/domain/workshop';
import type { EndfirstDatabase } from './database';
import { importWorkshops } from './workshops';

export type BackupRestore =
  | { readonly ok: true; readonly workshops: readonly Workshop[] }
  | { readonly ok: false; readonly problem: ImportProblem };

/**
 * "Restore from backup": a backup file replaces the workshop in the library. The file is read
 * like any import, and each record is stored through the gate (importWorkshops), so a backup
 * written by an older Endfirst is upgraded on the way in. A storage failure or a record the gate
 * refuses throws, and nothing changes.
 */
export async function restoreFromBackupFile(db: EndfirstDatabase, text: string): Promise<BackupRestore> {
  const parsed = parseEndfirstFile(text);
  if (!parsed.ok) return parsed;
  return { ok: true, workshops: await importWorkshops(db, parsed.workshops, 'replace') };
}
