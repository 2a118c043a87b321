import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { APP_RECORD_VERSIONING, type RecordVersioning } from '../../../shared/domain/admit-workshop';
import type { Workshop } from '../../../shared/domain/workshop';
import { MIGRATIONS, type Migration } from './migrations';
import type { SettingRecord, SharedPlanRecord, SummaryRecord, SyncNoticeRecord, TeamPlanRecord, VersionRecord } from './records';

import { DATABASE_NAME } from './database-name';

export { DATABASE_NAME };

/** What a test may swap: the record versioning (a made-up next version) and the Dexie versions. */
export interface DatabaseSetup {
  readonly versioning?: RecordVersioning;
  readonly migrations?: readonly Migration[];
}

export class EndfirstDatabase extends Dexie {
  workshops!: EntityTable<Workshop, 'id'>;
  summaries!: EntityTable<SummaryRecord, 'id'>;
  versions!: EntityTable<VersionRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  sharedPlans!: EntityTable<SharedPlanRecord, 'workshopId'>;
  teamPlans!: EntityTable<TeamPlanRecord, 'workshopId'>;
  syncNotices!: EntityTable<SyncNoticeRecord, 'id'>;

  /** The workshop record this database stores; every write and upgrade goes through its gate. */
  readonly versioning: RecordVersioning;

  constructor(name: string = DATABASE_NAME, options?: DexieOptions, setup: DatabaseSetup = {}) {
    super(name, options);
    this.versioning = setup.versioning ?? APP_RECORD_VERSIONING;
    for (const migration of setup.migrations ?? MIGRATIONS) {
      const declared = this.version(migration.version).stores({ ...migration.stores });
      const { upgrade } = migration;
      if (upgrade) declared.upgrade((transaction) => upgrade(transaction, this.versioning));
    }
  }
}
