import { upgradeWorkshopRows } from './upgrade-workshop-rows';
import { v1 } from './v1';

/**
 * Database version 4 carries workshop record version 4 (sessions, the readiness trend, pilot results
 * and the go/no-go, the phase, action and standard status over time; see
 * shared/domain/migrations/v3-to-v4-sessions.ts). Never edit a released version.
 */
export const v4 = {
  version: 4,
  stores: v1.stores,
  upgrade: upgradeWorkshopRows,
} as const;
