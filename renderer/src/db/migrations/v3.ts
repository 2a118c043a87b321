import { upgradeWorkshopRows } from './upgrade-workshop-rows';
import { v1 } from './v1';

/**
 * Database version 3 carries workshop record version 3 (the AI standards, risk class, quality gate
 * and accepted risks, see shared/domain/migrations/v2-to-v3-ai-depth.ts): the tables stay as they
 * were, and every stored workshop passes through the gate. Never edit a released version.
 */
export const v3 = {
  version: 3,
  stores: v1.stores,
  upgrade: upgradeWorkshopRows,
} as const;
