import { upgradeWorkshopRows } from './upgrade-workshop-rows';
import { v1 } from './v1';

/**
 * Database version 2 carries workshop record version 2 (week-plan rows get ids, see
 * shared/domain/migrations/v1-to-v2-week-plan-ids.ts): the tables stay as they were, and every
 * stored workshop passes through the gate. Never edit a released version.
 */
export const v2 = {
  version: 2,
  stores: v1.stores,
  upgrade: upgradeWorkshopRows,
} as const;
