import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { Workshop } from '../../../../shared/domain/workshop';
import { sameJson } from '../../../../shared/sync/same-json';
import { indexEntryFor, readTeamIndex, TEAM_INDEX_DOC, writeIndexEntry } from '../../../../shared/sync/team-index';
import type { EndfirstDatabase } from '../../db/database';
import { localDate } from '../../db/ids';

export interface TeamIndexContext {
  readonly db: EndfirstDatabase;
  readonly socket: HocuspocusProviderWebsocket;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly synced: () => void;
  readonly failed: (error: unknown) => void;
}

const LOCAL = Symbol('this laptop');

/**
 * The team index: this laptop publishes each shared plan's summary, mirrors every entry into
 * teamPlans (the portfolio), and marks a plan it lacks as shared, so the runtime fetches it.
 */
export class TeamIndexSync {
  private readonly doc = new Y.Doc();
  private readonly provider: HocuspocusProvider;
  private queue: Promise<void> = Promise.resolve();
  private scheduled = false;
  private stopped = false;
  private reportedKeys = new Set<string>();

  constructor(private readonly context: TeamIndexContext) {
    this.provider = new HocuspocusProvider({
      websocketProvider: context.socket,
      name: TEAM_INDEX_DOC,
      document: this.doc,
      awareness: null,
      onSynced: ({ state }) => {
        if (!state) return;
        context.synced();
        this.schedule();
      },
    });
    this.provider.attach();
    this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL) this.schedule();
    });
  }

  publish(workshop: Workshop): void {
    if (this.stopped) return;
    writeIndexEntry(this.doc, indexEntryFor(workshop, localDate(this.context.now())), LOCAL);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.provider.destroy();
  }

  settled(): Promise<void> {
    return this.queue;
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    this.queue = this.queue
      .then(async () => {
        this.scheduled = false;
        await this.mirror();
      })
      .catch((error: unknown) => this.context.failed(error));
  }

  private async mirror(): Promise<void> {
    const { db } = this.context;
    const index = readTeamIndex(this.doc);
    const now = this.context.now().toISOString();
    await db.transaction('rw', [db.teamPlans, db.sharedPlans, db.workshops, db.syncNotices], async () => {
      const mirrored = await db.teamPlans.orderBy('workshopId').toArray();
      if (!sameJson(mirrored, index.entries)) {
        await db.teamPlans.clear();
        await db.teamPlans.bulkPut([...index.entries]);
      }
      for (const entry of index.entries) {
        if ((await db.workshops.get(entry.workshopId)) || (await db.sharedPlans.get(entry.workshopId))) continue;
        await db.sharedPlans.add({ workshopId: entry.workshopId, sharedAt: now, lastSyncedAt: null, docState: null });
      }
      const unreported = index.refusedKeys.filter((key) => !this.reportedKeys.has(key));
      if (unreported.length === 0) return;
      for (const key of unreported) this.reportedKeys.add(key);
      await db.syncNotices.add({
        id: this.context.newId(),
        workshopId: null,
        kind: 'server-problem',
        message: `The team server’s list of plans has ${unreported.length === 1 ? 'an entry' : `${unreported.length} entries`} Endfirst cannot read; ${unreported.length === 1 ? 'it is' : 'they are'} left out of the team portfolio.`,
        createdAt: now,
      });
    });
  }
}
