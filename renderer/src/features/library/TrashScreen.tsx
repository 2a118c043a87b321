import './library.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { ArrowLeft, RotateCcw, Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { WorkshopSummary } from '../../../../shared/domain/summary';
import { getDatabase } from '../../db/instance';
import { deleteForever, restoreFromTrash } from '../../db/workshops';
import { showToast } from '../../ui/toasts';
import { describeStorageError } from '../../editing/storage-errors';
import { ConfirmDialog } from './ConfirmDialog';
import { LoadProblem } from './LoadProblem';
import { emptyTrash, trashSummaries } from './library-queries';
import { exactTime, timeAgo, workshopDay } from './library-time';
import { useNow } from './useNow';

type Confirming = { readonly kind: 'one'; readonly summary: WorkshopSummary } | { readonly kind: 'all' } | null;

const titleOf = (summary: WorkshopSummary) => summary.title.trim() || 'Untitled workshop';

/** Workshops moved to Trash: restore them, or delete them for good after a confirmation. */
export function TrashScreen() {
  const db = getDatabase();
  const now = useNow();
  const load = useLiveQuery(() => trashSummaries(db), [db]);
  const trashed = load?.ok ? load.summaries : undefined;
  const [confirming, setConfirming] = useState<Confirming>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const backRef = useRef<HTMLAnchorElement>(null);

  const pendingFocus = useRef<{ readonly removedId: string; readonly neighbourId: string | null } | null>(null);

  /** Keeps keyboard focus in the list when a row leaves it: on its neighbour, or on the way back. */
  function focusNeighbourOnceGone(removedId: string) {
    const rows = Array.from(listRef.current?.children ?? []) as HTMLElement[];
    const index = rows.findIndex((row) => row.dataset['workshopId'] === removedId);
    const neighbour = rows[index + 1] ?? rows[index - 1];
    pendingFocus.current = { removedId, neighbourId: neighbour?.dataset['workshopId'] ?? null };
  }

  // Runs when the list changes and when a dialog closes: a modal dialog keeps focus inside itself until then.
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || confirming || trashed?.some((summary) => summary.id === pending.removedId)) return;
    pendingFocus.current = null;
    const neighbour = Array.from(listRef.current?.children ?? []).find(
      (row) => (row as HTMLElement).dataset['workshopId'] === pending.neighbourId,
    );
    (neighbour?.querySelector<HTMLElement>('button') ?? backRef.current)?.focus();
  }, [trashed, confirming]);

  async function restore(summary: WorkshopSummary) {
    try {
      focusNeighbourOnceGone(summary.id);
      await restoreFromTrash(db, summary.id);
      showToast({ message: `Restored “${titleOf(summary)}” to the library`, tone: 'success' });
    } catch (error) {
      pendingFocus.current = null;
      showToast({ message: `“${titleOf(summary)}” could not be restored. ${describeStorageError(error)}`, tone: 'error' });
    }
  }

  const isLoaded = trashed !== undefined;
  const count = trashed?.length ?? 0;

  return (
    <main className="screen library trash" aria-labelledby="trash-title">
      <Link href="/" className="lib-back-link" ref={backRef}>
        <ArrowLeft aria-hidden="true" size={19} />
        Back to the library
      </Link>
      <div className="screen-heading">
        <div>
          <h1 id="trash-title">Trash</h1>
          <p className="muted lib-heading-note">Workshops here can be restored until you delete them forever.</p>
        </div>
        {count > 0 && (
          <div className="lib-heading-actions">
            <button type="button" className="button danger-outline" onClick={() => setConfirming({ kind: 'all' })}>
              <Trash2 aria-hidden="true" size={19} />
              Empty Trash
            </button>
          </div>
        )}
      </div>

      {load && !load.ok && <LoadProblem problem={load.problem} />}

      {isLoaded && count === 0 && (
        <section className="empty-state lib-trash-empty" aria-label="Trash is empty">
          <h2>Trash is empty</h2>
          <p className="muted">Workshops you move to Trash from the library appear here.</p>
        </section>
      )}

      {count > 0 && (
        <ul ref={listRef} className="lib-list" aria-label="Workshops in Trash">
          {trashed?.map((summary) => {
            const title = titleOf(summary);
            const details = [summary.organisation.trim(), workshopDay(summary.date)].filter(Boolean);
            return (
              <li key={summary.id} className="lib-row lib-trash-row" data-workshop-id={summary.id}>
                <div className="lib-row-main">
                  <span className="lib-row-title">{title}</span>
                  <p className="lib-row-details">
                    {details.map((detail, index) => (
                      <span key={index}>{detail}</span>
                    ))}
                  </p>
                </div>
                {summary.deletedAt && (
                  <time className="lib-row-edited" dateTime={summary.deletedAt} title={exactTime(summary.deletedAt)}>
                    Moved to Trash {timeAgo(summary.deletedAt, now)}
                  </time>
                )}
                <div className="lib-row-buttons">
                  <button type="button" className="button" onClick={() => void restore(summary)} aria-label={`Restore ${title}`}>
                    <RotateCcw aria-hidden="true" size={18} />
                    Restore
                  </button>
                  <button
                    type="button"
                    className="button danger-outline"
                    onClick={() => setConfirming({ kind: 'one', summary })}
                    aria-label={`Delete ${title} forever`}
                  >
                    <Trash2 aria-hidden="true" size={18} />
                    Delete forever
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}

      {confirming?.kind === 'one' && (
        <ConfirmDialog
          title={`Delete “${titleOf(confirming.summary)}” forever?`}
          confirmLabel="Delete forever"
          onClose={() => setConfirming(null)}
          onConfirm={async () => {
            focusNeighbourOnceGone(confirming.summary.id);
            await deleteForever(db, confirming.summary.id);
            showToast({ message: `Deleted “${titleOf(confirming.summary)}” forever`, tone: 'info' });
          }}
        >
          <p>The workshop and all its saved versions are removed from this computer. This cannot be undone.</p>
        </ConfirmDialog>
      )}
      {confirming?.kind === 'all' && (
        <ConfirmDialog
          title="Empty Trash?"
          confirmLabel="Empty Trash"
          onClose={() => setConfirming(null)}
          onConfirm={async () => {
            const first = trashed?.[0];
            if (first) pendingFocus.current = { removedId: first.id, neighbourId: null };
            const deleted = await emptyTrash(db);
            showToast({ message: `Deleted ${deleted} ${deleted === 1 ? 'workshop' : 'workshops'} forever`, tone: 'info' });
          }}
        >
          <p>
            {count === 1 ? 'The workshop' : `All ${count} workshops`} in Trash and all their saved versions are removed from
            this computer. This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </main>
  );
}
