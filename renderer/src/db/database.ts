import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Workshop } from '../../../shared/domain/workshop';
import { MIGRATIONS } from './migrations';
import type { SettingRecord, SummaryRecord, VersionRecord } from './records';

import { DATABASE_NAME } from './database-name';

export { DATABASE_NAME };

export class EndfirstDatabase extends Dexie {
  workshops!: EntityTable<Workshop, 'id'>;
  summaries!: EntityTable<SummaryRecord, 'id'>;
  versions!: EntityTable<VersionRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    for (const migration of MIGRATIONS) {
      const declared = this.version(migration.version).stores({ ...migration.stores });
      if (migration.upgrade) declared.upgrade(migration.upgrade);
    }
  }
}
