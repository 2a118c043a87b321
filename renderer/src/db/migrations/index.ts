import type { Transaction } from 'dexie';
import type { RecordVersioning } from '../../../../shared/domain/admit-workshop';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';
import { v5 } from './v5';
import { v6 } from './v6';

export interface Migration {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  /**
   * Rewrites stored records for this version; runs inside Dexie's upgrade transaction. A version
   * that carries a workshop record step uses `upgradeWorkshopRows` (see README.md here).
   */
  readonly upgrade?: (transaction: Transaction, versioning: RecordVersioning) => Promise<void>;
}

/** In order. The database opens at the last one's version. */
export const MIGRATIONS: readonly Migration[] = [v1, v2, v3, v4, v5, v6];

export const DATABASE_VERSION = MIGRATIONS.at(-1)?.version ?? 1;
