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

/**
 * A plan this laptop shares with the team library. Sharing is opt-in per plan and off by default;
 * deleting this row stops syncing and leaves the local plan as it is.
 */
export interface SharedPlanRecord {
  readonly workshopId: string;
  readonly sharedAt: string;
  /** When the team server last confirmed it holds every edit made here; null before the first sync. */
  readonly lastSyncedAt: string | null;
  /** `Y.encodeStateAsUpdate` of the plan's Yjs document: what lets offline edits merge later. */
  readonly docState: Uint8Array | null;
  /**
   * Set when this laptop stopped sharing a plan it had synced: the row (and its document state)
   * stays, so sharing it again merges like an offline edit. Without the state, this laptop's copy
   * would be written over whatever the team changed meanwhile. Absent on rows written before.
   */
  readonly stoppedAt?: string | null;
}

/** A row the sync runs for: shared and not stopped. */
export const isSharing = (row: SharedPlanRecord): boolean => row.stoppedAt === undefined || row.stoppedAt === null;

/** One plan of the team's portfolio, as the team server's index describes it. */
export interface TeamPlanRecord {
  readonly workshopId: string;
  readonly title: string;
  readonly organisation: string;
  readonly facilitator: string;
  readonly phase: string;
  /** The readiness verdict and score the sharing laptop computed when it last synced. */
  readonly verdict: string | null;
  readonly score: number | null;
  readonly updatedAt: string;
}

export type SyncNoticeKind = 'row-removed-elsewhere' | 'update-refused' | 'server-problem';

/** Something sync did that the facilitator must see, kept until dismissed. */
export interface SyncNoticeRecord {
  readonly id: string;
  readonly workshopId: string | null;
  readonly kind: SyncNoticeKind;
  /** The sentence shown, in the screens' words. */
  readonly message: string;
  /** For a removed row: where it was and what it held, so "Restore" can put it back. */
  readonly removedRow?: { readonly listPath: readonly string[]; readonly index: number; readonly row: unknown };
  readonly createdAt: string;
}
