import { timeAgo } from '../library';
import type { TeamConnection } from './team-connection-store';

/**
 * The team library in the screens' words: a shared plan's sync line in the library, and the
 * connection as the header and the team server dialog say it. `now` is a parameter so the table
 * test is deterministic.
 */

export interface PlanSyncFacts {
  /** When the team server last confirmed it holds every edit made here; null before the first sync. */
  readonly lastSyncedAt: string | null;
  /** Edits the server has not confirmed yet, as the running sync knows them. */
  readonly isPending: boolean;
  readonly updatedAt: string;
  readonly connection: TeamConnection;
}

/** "Synced 5 min ago", "Not synced yet" or "Waiting to sync". */
export function planSyncLabel(facts: PlanSyncFacts, now: number): string {
  if (facts.isPending) return 'Waiting to sync';
  if (facts.lastSyncedAt === null) return 'Not synced yet';
  // Offline (or with no team server running) the sync cannot count pending edits that were made
  // before this start; an edit later than the last confirmation is one the server does not have.
  if (facts.connection !== 'online' && Date.parse(facts.updatedAt) > Date.parse(facts.lastSyncedAt)) return 'Waiting to sync';
  return `Synced ${timeAgo(facts.lastSyncedAt, now)}`;
}

export interface ConnectionFacts {
  /** The saved address; null when none is set. */
  readonly address: string | null;
  readonly connection: TeamConnection;
  readonly problem: string | null;
  readonly isSyncingElsewhere: boolean;
}

/** One word or two for the header's team server button. */
export function connectionBadge(facts: ConnectionFacts): string | null {
  if (facts.address === null) return null;
  if (facts.isSyncingElsewhere) return 'Other window';
  const words: Readonly<Record<TeamConnection, string>> = { off: 'Off', connecting: 'Connecting', online: 'Online', offline: 'Offline', refused: 'Problem' };
  return words[facts.connection];
}

/** The sentence the team server dialog and the portfolio show. */
export function connectionSentence(facts: ConnectionFacts): string {
  if (facts.address === null) return 'No team server is set. Your plans stay on this laptop, and Endfirst makes no network call.';
  if (facts.isSyncingElsewhere) return 'Another Endfirst window on this computer is syncing with the team server. This one takes over when that one closes.';
  switch (facts.connection) {
    case 'off':
      return `Not connected to ${facts.address}.`;
    case 'connecting':
      return `Connecting to ${facts.address}…`;
    case 'online':
      return `Connected to ${facts.address}. Shared plans sync as you edit.`;
    case 'offline':
    case 'refused':
      return facts.problem ?? `Not connected to ${facts.address}.`;
  }
}
