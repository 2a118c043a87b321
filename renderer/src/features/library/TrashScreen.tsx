import { useLiveQuery } from 'dexie-react-hooks';
import { ArrowLeft, RotateCcw, Trash2 } from 'lucide-react';
import { useRef, useState } from 'react';
import { Link } from 'wouter';
import type { WorkshopSummary } from '../../../../shared/domain/summary';
import { getDatabase } from '../../db/instance';
import { deleteForever, restoreFromTrash } from '../../db/workshops';
import { showToast } from '../../ui/toasts';
import { ConfirmDialog } from './ConfirmDialog';
import { emptyTrash, trashSummaries } from './library-queries';
import { exactTime, timeAgo, workshopDay } from './library-time';
import { useNow } from './useNow';

type Confirming = { readonly kind: 'one'; readonly summary: WorkshopSummary } | { readonly kind: 'all' } | null;

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const titleOf = (summary: WorkshopSummary) => summary.title.trim() || 'Untitled workshop';

/** Workshops moved to Trash: restore them, or delete them for good after a confirmation. */
export function TrashScreen() {
  const db = getDatabase();
  const now = useNow();
  const trashed = useLiveQuery(() => trashSummaries(db), [db]);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const backRef = useRef<HTMLAnchorElement>(null);

  /** Keeps keyboard focus in the list when a row leaves it. */
  function focusNear(id: string) {
    const rows = Array.from(listRef.current?.children ?? []);
    const index = rows.findIndex((row) => (row as HTMLElement).dataset['workshopId'] === id);
    const neighbour = rows[index + 1] ?? rows[index - 1];
    const button = neighbour?.querySelector<HTMLElement>('button');
    (button ?? backRef.current)?.focus();
  }

  async function restore(summary: WorkshopSummary) {
    try {
      focusNear(summary.id);
      await restoreFromTrash(db, summary.id);
      showToast({ message: `Restored “${titleOf(summary)}” to the library`, tone: 'success' });
    } catch (error) {
      showToast({ message: `“${titleOf(summary)}” could not be restored: ${describe(error)}`, tone: 'error' });
    }
  }

  const isLoaded = trashed !== undefined;
  const count = trashed?.length ?? 0;

  return (
    <main className="screen library trash" aria-labelledby="trash-title">
      <Link href="/" className="back-link" ref={backRef}>
        <ArrowLeft aria-hidden="true" size={19} />
        Back to the library
      </Link>
      <div className="screen-heading">
        <div>
          <h1 id="trash-title">Trash</h1>
          <p className="muted heading-note">Workshops here can be restored until you delete them forever.</p>
        </div>
        {count > 0 && (
          <div className="heading-actions">
            <button type="button" className="button danger-outline" onClick={() => setConfirming({ kind: 'all' })}>
              <Trash2 aria-hidden="true" size={19} />
              Empty Trash
            </button>
          </div>
        )}
      </div>

      {isLoaded && count === 0 && (
        <section className="empty-state trash-empty" aria-label="Trash is empty">
          <h2>Trash is empty</h2>
          <p className="muted">Workshops you move to Trash from the library appear here.</p>
        </section>
      )}

      {count > 0 && (
        <ul ref={listRef} className="workshop-list" aria-label="Workshops in Trash">
          {trashed?.map((summary) => {
            const title = titleOf(summary);
            const details = [summary.organisation.trim(), workshopDay(summary.date)].filter(Boolean);
            return (
              <li key={summary.id} className="workshop-row trash-row" data-workshop-id={summary.id}>
                <div className="workshop-main">
                  <span className="workshop-title">{title}</span>
                  <p className="workshop-details">
                    {details.map((detail, index) => (
                      <span key={index}>{detail}</span>
                    ))}
                  </p>
                </div>
                {summary.deletedAt && (
                  <time className="workshop-edited" dateTime={summary.deletedAt} title={exactTime(summary.deletedAt)}>
                    Moved to Trash {timeAgo(summary.deletedAt, now)}
                  </time>
                )}
                <div className="row-buttons">
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
            focusNear(confirming.summary.id);
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
