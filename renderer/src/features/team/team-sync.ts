import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { liveQuery, type Subscription } from 'dexie';
import { parseTeamServerAddress } from '../../../../shared/sync/team-server-address';
import type { EndfirstDatabase } from '../../db/database';
import { isSharing } from '../../db/records';
import { newId } from '../../db/ids';
import { useTeamConnection } from './team-connection-store';
import { TeamIndexSync } from './team-sync-index';
import { PlanSync } from './team-sync-plan';
import { cannotReach, notATeamServer, notAnAddress } from './team-sync-sentences';

/**
 * The provider's socket, with one guard: a message it cannot decode (some other service on that
 * address, or a broken server) is reported instead of thrown out of the socket's event handler.
 */
class GuardedSocket extends HocuspocusProviderWebsocket {
  garbled: (error: unknown) => void = () => {};

  override onMessage(event: MessageEvent): void {
    try {
      super.onMessage(event);
    } catch (error) {
      this.garbled(error);
    }
  }
}

/** What tests and the bench swap; the app passes nothing. */
export interface TeamSyncDeps {
  /** Node has no WebSocket of its own before version 22: tests pass the `ws` package. */
  readonly WebSocketPolyfill?: unknown;
  readonly now?: () => Date;
  readonly newId?: () => string;
  /** How long an open connection may stay silent before the server is called "not a team server". */
  readonly answerTimeoutMs?: number;
  /** First wait before reconnecting and its upper bound (the provider doubles it, with jitter). */
  readonly reconnectDelayMs?: number;
  readonly reconnectMaxDelayMs?: number;
  /** Where an unexpected error goes (a bug, not a server answer); the app logs it. */
  readonly onError?: (error: unknown) => void;
}

/** A running sync, for tests and the bench: what the runtime is doing, and a way to wait for it. */
export interface TeamSyncHandle {
  (): void;
  /** Resolves once every reconcile and index mirror asked for so far has run. */
  settled(): Promise<void>;
  /** When offline, tries the server now instead of at the next retry (which backs off to 30 s): "Try again now". */
  reconnectNow(): void;
}

/**
 * Syncs every plan in sharedPlans with the team server at `serverUrl` until the returned stop() is
 * called (idempotent). Never throws for a bad server: what goes wrong is said through
 * useTeamConnection and the syncNotices table, and nothing stored changes.
 */
export function startTeamSync(db: EndfirstDatabase, serverUrl: string, deps: TeamSyncDeps = {}): TeamSyncHandle {
  const address = parseTeamServerAddress(serverUrl);
  if (!address.ok) {
    useTeamConnection.setState({ connection: 'refused', problem: notAnAddress(address.problem), pendingWorkshopIds: new Set() });
    return Object.assign(() => {}, { settled: () => Promise.resolve(), reconnectNow: () => {} });
  }
  const url = address.url;
  const now = deps.now ?? (() => new Date());
  const makeId = deps.newId ?? newId;
  const failed = deps.onError ?? ((error: unknown) => console.error('Team sync', error));
  const answerTimeoutMs = deps.answerTimeoutMs ?? 10_000;
  let answered = false;
  let answerTimer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const setConnection = (connection: 'connecting' | 'online' | 'offline' | 'refused', problem: string | null) => {
    if (!stopped) useTeamConnection.setState({ connection, problem });
  };
  setConnection('connecting', null);
  useTeamConnection.setState({ pendingWorkshopIds: new Set() });

  const socket = new GuardedSocket({
    url,
    WebSocketPolyfill: deps.WebSocketPolyfill,
    delay: deps.reconnectDelayMs ?? 1000,
    minDelay: Math.min(deps.reconnectDelayMs ?? 1000, 1000),
    maxDelay: deps.reconnectMaxDelayMs ?? 30_000,
    onOpen: () => {
      answered = false;
      if (answerTimer) clearTimeout(answerTimer);
      // A server that takes the WebSocket but never answers the sync protocol is not a team server.
      answerTimer = setTimeout(() => {
        if (!answered) setConnection('refused', notATeamServer(url));
      }, answerTimeoutMs);
    },
    onClose: () => {
      if (answerTimer) clearTimeout(answerTimer);
      if (useTeamConnection.getState().connection !== 'refused') setConnection('offline', cannotReach(url));
    },
  });

  socket.garbled = () => setConnection('refused', notATeamServer(url));
  const onSynced = () => {
    answered = true;
    setConnection('online', null);
  };
  const setPending = (workshopId: string, hasUnsynced: boolean) => {
    if (stopped) return;
    const pending = new Set(useTeamConnection.getState().pendingWorkshopIds);
    if (hasUnsynced === pending.has(workshopId)) return;
    if (hasUnsynced) pending.add(workshopId);
    else pending.delete(workshopId);
    useTeamConnection.setState({ pendingWorkshopIds: pending });
  };

  const index = new TeamIndexSync({ db, socket, now, newId: makeId, synced: onSynced, failed });
  const plans = new Map<string, PlanSync>();
  const planContext = {
    db,
    socket,
    now,
    newId: makeId,
    published: (workshop: Parameters<TeamIndexSync['publish']>[0]) => index.publish(workshop),
    synced: onSynced,
    pending: setPending,
    failed,
  };

  // The set of shared plans: a plan shared (here, or found in the team index) starts syncing; one no longer shared stops.
  const shared: Subscription = liveQuery(async () => (await db.sharedPlans.toArray()).filter(isSharing)).subscribe({
    next: (rows) => {
      if (stopped) return;
      const ids = new Set(rows.map((row) => row.workshopId));
      for (const [id, plan] of plans) {
        if (ids.has(id)) continue;
        plan.stop();
        plans.delete(id);
      }
      for (const row of rows) {
        if (!plans.has(row.workshopId)) plans.set(row.workshopId, new PlanSync(planContext, row.workshopId, row.docState));
      }
    },
    error: failed,
  });

  const stop = () => {
    if (stopped) return;
    shared.unsubscribe();
    for (const plan of plans.values()) plan.stop();
    plans.clear();
    index.stop();
    if (answerTimer) clearTimeout(answerTimer);
    socket.destroy();
    stopped = true;
    useTeamConnection.setState({ connection: 'off', problem: null, pendingWorkshopIds: new Set() });
  };
  const settled = async () => {
    await Promise.all([index.settled(), ...[...plans.values()].map((plan) => plan.settled())]);
  };
  const reconnectNow = () => {
    // Only a connection that is down: a refused one needs another address, not another try.
    if (stopped || useTeamConnection.getState().connection !== 'offline') return;
    setConnection('connecting', null);
    void socket.connect();
  };
  return Object.assign(stop, { settled, reconnectNow });
}
