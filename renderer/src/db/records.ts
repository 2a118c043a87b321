import type { Workshop } from '../../../shared/domain/workshop';
import type { WorkshopSummary } from '../../../shared/domain/summary';

/** Why a snapshot was taken; shown in the Versions panel. */
/** 'session-end' is the baseline stored when a session ends (never pruned automatically). */
export type VersionReason = 'opened' | 'interval' | 'manual' | 'before-restore' | 'before-import' | 'session-end';

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
