import type { Workshop } from '../../../shared/domain/workshop';
import type { WorkshopSummary } from '../../../shared/domain/summary';

/** Why a snapshot was taken; shown in the Versions panel. */
export type VersionReason = 'opened' | 'interval' | 'manual' | 'before-restore' | 'before-import';

export interface VersionRecord {
  readonly id: string;
  readonly schemaVersion: number;
  readonly workshopId: string;
  readonly createdAt: string;
  readonly reason: VersionReason;
  readonly label: string;
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
