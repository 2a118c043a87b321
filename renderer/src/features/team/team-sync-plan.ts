import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { liveQuery, type Subscription } from 'dexie';
import * as Y from 'yjs';
import { admitWorkshop } from '../../../../shared/domain/admit-workshop';
import type { Workshop } from '../../../../shared/domain/workshop';
import { removedRows } from '../../../../shared/sync/removed-rows';
import { sameJson } from '../../../../shared/sync/same-json';
import { planDocName } from '../../../../shared/sync/team-index';
import { applyWorkshopToDoc, isEmptyWorkshopDoc, readWorkshopFromDoc, withLocalParts } from '../../../../shared/sync/workshop-doc';
import type { EndfirstDatabase } from '../../db/database';
import { isSharing, type SyncNoticeRecord } from '../../db/records';
import { putAlreadyChecked } from '../../db/write';

/** The origin of this laptop's own writes into a document: the provider sends them, the plan does not re-read them. */
export const LOCAL_EDIT = Symbol('this laptop');
const RESTORED = Symbol('restored from docState');

export interface PlanSyncContext {
  readonly db: EndfirstDatabase;
  readonly socket: HocuspocusProviderWebsocket;
  readonly now: () => Date;
  readonly newId: () => string;
  /** A plan this laptop stored or agreed with: its summary goes to the team index. */
  readonly published: (workshop: Workshop) => void;
  readonly synced: (workshopId: string) => void;
  readonly pending: (workshopId: string, hasUnsyncedChanges: boolean) => void;
  readonly failed: (error: unknown) => void;
}

/**
 * One shared plan: its Yjs document (restored from docState, so offline edits merge later), its
 * provider, and the one step that brings the stored record and the document together (reconcile).
 */
export class PlanSync {
  private readonly doc = new Y.Doc();
  private readonly provider: HocuspocusProvider;
  private readonly subscription: Subscription;
  /** The plan as this laptop last agreed with the document (without private parts): edits are what differs from it. */
  private agreed: unknown;
  /** Until the first handshake, an empty document must not be filled from here (see reconcile). */
  private syncedOnce = false;
  private refusedMessage: string | null = null;
  private queue: Promise<void> = Promise.resolve();
  private scheduled = false;
  private stopped = false;
  /** Set by every update (a deletion too, which a state vector would not show): docState is written only then. */
  private unsaved = true;
  /** Another laptop's update arrived since the last reconcile. */
  private remoteSinceAgreed = true;
  /** The record as stored when this laptop last agreed with the document: the same record again is nothing to do. */
  private agreedRecord: Workshop | null = null;

  constructor(
    private readonly context: PlanSyncContext,
    readonly workshopId: string,
    docState: Uint8Array | null,
  ) {
    if (docState) Y.applyUpdate(this.doc, docState, RESTORED);
    this.agreed = isEmptyWorkshopDoc(this.doc) ? undefined : readWorkshopFromDoc(this.doc);
    this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      this.unsaved = true;
      if (origin === LOCAL_EDIT || origin === RESTORED) return;
      this.remoteSinceAgreed = true;
      this.schedule();
    });
    this.provider = new HocuspocusProvider({
      websocketProvider: context.socket,
      name: planDocName(workshopId),
      document: this.doc,
      awareness: null,
      onSynced: ({ state }) => {
        if (!state) return;
        this.syncedOnce = true;
        this.schedule();
        this.reportSynced();
      },
      onUnsyncedChanges: ({ number }) => {
        context.pending(workshopId, number > 0);
        if (number === 0) this.reportSynced();
      },
    });
    this.provider.attach();
    // A local edit (this window, another window, undo) changes the record: Dexie tells every subscriber.
    this.subscription = liveQuery(() => context.db.workshops.get(workshopId)).subscribe({
      next: () => this.schedule(),
      error: (error: unknown) => context.failed(error),
    });
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.subscription.unsubscribe();
    this.provider.destroy();
    this.context.pending(this.workshopId, false);
  }

  /** Resolves once every reconcile asked for so far has run (for tests and the bench). */
  settled(): Promise<void> {
    return this.queue;
  }

  private reportSynced(): void {
    if (this.stopped || !this.provider.isSynced || this.provider.hasUnsyncedChanges) return;
    this.enqueue(async () => {
      await this.context.db.sharedPlans.update(this.workshopId, { lastSyncedAt: this.context.now().toISOString() });
      this.context.synced(this.workshopId);
    });
  }

  /** Many updates in a burst make one reconcile; one that arrives while it runs makes the next. */
  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    this.enqueue(async () => {
      this.scheduled = false;
      await this.reconcile();
    });
  }

  private enqueue(step: () => Promise<void>): void {
    this.queue = this.queue.then(step).catch((error: unknown) => this.context.failed(error));
  }

  /**
   * This laptop's edits since `agreed` go into the document; then the document, with this laptop's
   * private parts, goes through the gate and is stored if it differs — in one transaction, with the
   * notices for rows another laptop deleted. A document that fails the gate stores nothing.
   */
  private async reconcile(): Promise<void> {
    if (this.stopped) return;
    // Two laptops filling an empty document each would make two rival copies of every list, and only
    // one would survive the merge: fill it only once the server said what it holds.
    if (isEmptyWorkshopDoc(this.doc) && !this.syncedOnce) return;
    const stored = await this.reconcileInTransaction().catch((error: unknown) => {
      this.remoteSinceAgreed = true; // nothing was agreed: the next reconcile must look again
      throw error;
    });
    if (stored && !this.stopped) this.context.published(stored);
  }

  private reconcileInTransaction(): Promise<Workshop | null> {
    const { db } = this.context;
    return db.transaction('rw', [db.workshops, db.summaries, db.sharedPlans, db.syncNotices], async () => {
      const sharing = await db.sharedPlans.get(this.workshopId);
      if (!sharing || !isSharing(sharing)) return null;
      const local = await db.workshops.get(this.workshopId);
      // Deleted for good on this laptop after it had agreed with the document: the plan stays on the
      // team server and the other laptops, and this one does not take it back (the sharedPlans row
      // stays as the mark, so the team index does not fetch it again either).
      if (!local && this.agreed !== undefined) return null;
      // The echo of this laptop's own write (the live query sees it too): nothing to send or store.
      if (local && !this.remoteSinceAgreed && this.agreedRecord !== null && sameJson(local, this.agreedRecord)) return null;
      this.remoteSinceAgreed = false;
      if (local) applyWorkshopToDoc(this.doc, local, LOCAL_EDIT, this.agreed);
      if (isEmptyWorkshopDoc(this.doc)) return null;
      const fromDoc = readWorkshopFromDoc(this.doc);
      const candidate = withLocalParts(fromDoc, local);
      if (local && sameJson(candidate, local)) {
        await this.agree(fromDoc, local);
        return local;
      }
      const admitted = admitWorkshop(candidate, db.versioning);
      if (!admitted.ok) {
        await this.refuse(admitted.problem.message);
        return null;
      }
      this.refusedMessage = null;
      if (local) await db.syncNotices.bulkAdd(removedRows(local, fromDoc).map((removed) => this.removedNotice(removed)));
      await putAlreadyChecked(db, admitted.workshop);
      await this.agree(fromDoc, admitted.workshop);
      return admitted.workshop;
    });
  }

  private async agree(fromDoc: unknown, record: Workshop): Promise<void> {
    this.agreed = fromDoc;
    this.agreedRecord = record;
    if (!this.unsaved) return;
    this.unsaved = false;
    await this.context.db.sharedPlans.update(this.workshopId, { docState: Y.encodeStateAsUpdate(this.doc) });
  }

  /** Said once per distinct problem, so a bad document does not fill the banner while it stays bad. */
  private async refuse(problem: string): Promise<void> {
    if (problem === this.refusedMessage) return;
    this.refusedMessage = problem;
    await this.context.db.syncNotices.add({
      id: this.context.newId(),
      workshopId: this.workshopId,
      kind: 'update-refused',
      message: `An update to this plan from the team server was refused, and your copy is unchanged: ${problem}`,
      createdAt: this.context.now().toISOString(),
    });
  }

  private removedNotice(removed: ReturnType<typeof removedRows>[number]): SyncNoticeRecord {
    return {
      id: this.context.newId(),
      workshopId: this.workshopId,
      kind: 'row-removed-elsewhere',
      message: removed.message,
      removedRow: { listPath: removed.listPath, index: removed.index, row: removed.row },
      createdAt: this.context.now().toISOString(),
    };
  }
}
