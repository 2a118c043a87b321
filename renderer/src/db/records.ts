import type { Workshop } from '../../../shared/domain/workshop';
import type { WorkshopSummary } from '../../../shared/domain/summary';

/** Why a snapshot was taken; shown in the Versions panel. */
export type VersionReason = 'opened' | 'interval' | 'manual' | 'before-restore' | 'before-import' | 'session-end';

/**
 * Snapshots Endfirst takes by itself. Only these are pruned automatically; a version the
 * facilitator saved by hand and a session's baseline stay until the facilitator deletes them.
 */
export const AUTOMATIC_VERSION_REASONS: ReadonlySet<VersionReason> = new Set(['opened', 'interval', 'before-restore', 'before-import']);

export interface VersionRecord {
  readonly id: string;
  /** The snapshot's own record version (workshop.schemaVersion when it was taken), not the app's. */
  readonly schemaVersion: number;
  readonly workshopId: string;
  readonly createdAt: string;
  readonly reason: VersionReason;
  readonly label: string;
  /** As it was stored then; an older version's shape until restored through the gate. */
  readonly workshop: Workshop;
}

/**
 * The library row, kept beside each workshop in the same transaction so the home screen reads a
 * few hundred bytes per workshop instead of whole plans (1,000 workshops must open instantly).
 */
export interface SummaryRecord extends WorkshopSummary {
  readonly schemaVersion: number;
}

export interface SettingRecord {
  readonly key: string;
  readonly schemaVersion: number;
  readonly value: unknown;
}
