import { useLiveQuery } from 'dexie-react-hooks';
import { Download, FileUp, Plus, Search, Trash2, X } from 'lucide-react';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { WorkshopSummary } from '../../../../shared/domain/summary';
import { getDatabase } from '../../db/instance';
import { createNewWorkshop, duplicateWorkshop, moveToTrash, renameWorkshop, restoreFromTrash } from '../../db/workshops';
import { useHost } from '../../host/HostContext';
import { showToast } from '../../ui/toasts';
import { downloadTextFile } from './download';
import { EmptyLibrary } from './EmptyLibrary';
import { ImportConflictDialog, ImportFailureDialog } from './ImportDialogs';
import type { ImportSource } from './import-files';
import { filterIndexed, indexForSearch, LIBRARY_SORTS, resultCountLabel, SORT_LABELS, sortSummaries, type LibrarySort } from './library-filter';
import { addSampleWorkshop, exportAll, exportOne, librarySummaries, trashCount } from './library-queries';
import { useLibraryView } from './library-view-store';
import { NewWorkshopDialog } from './NewWorkshopDialog';
import { RenameDialog } from './RenameDialog';
import { useFileDrop } from './useFileDrop';
import { useLibraryImport } from './useLibraryImport';
import { useNow } from './useNow';
import { WorkshopRow, type RowAction } from './WorkshopRow';

type OpenDialog = { readonly kind: 'new' } | { readonly kind: 'rename'; readonly summary: WorkshopSummary } | null;

const ACCEPTED_FILES = '.endfirst,application/json';
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The home screen: every workshop on this computer, searchable, with the actions around them. */
export function LibraryScreen() {
  const db = getDatabase();
  const host = useHost();
  const [, navigate] = useLocation();
  const now = useNow();
  const summaries = useLiveQuery(() => librarySummaries(db), [db]);
  const trashed = useLiveQuery(() => trashCount(db), [db], 0);
  const { query, sort, setQuery, setSort } = useLibraryView();
  const deferredQuery = useDeferredValue(query);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [isOpeningSample, setOpeningSample] = useState(false);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const focusAfterRemoval = useRef<number | null>(null);

  const sortedIndex = useMemo(() => indexForSearch(sortSummaries(summaries ?? [], sort)), [summaries, sort]);
  const visible = useMemo(() => filterIndexed(sortedIndex, deferredQuery), [sortedIndex, deferredQuery]);

  const { importSources, question, failures, dismissFailures } = useLibraryImport(db);
  const importFiles = useCallback(
    (files: readonly File[]) => importSources(files.map((file): ImportSource => ({ kind: 'file', file }))),
    [importSources],
  );
  const isDragging = useFileDrop(importFiles);

  const exportEverything = useCallback(async () => {
    try {
      const file = await exportAll(db);
      if (!file) {
        showToast({ message: 'There are no workshops to export yet.', tone: 'info' });
        return;
      }
      downloadTextFile(file.fileName, file.text);
      showToast({ message: `Exported ${file.count} ${file.count === 1 ? 'workshop' : 'workshops'} as “${file.fileName}”`, tone: 'success' });
    } catch (error) {
      showToast({ message: `The workshops could not be exported: ${describe(error)}`, tone: 'error' });
    }
  }, [db]);

  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'workshop:new') setDialog({ kind: 'new' });
        if (command === 'file:import') fileInputRef.current?.click();
        if (command === 'file:export') void exportEverything();
      }),
    [host, exportEverything],
  );

  useEffect(
    () =>
      host.onFileOpenRequest((request) =>
        importSources([{ kind: 'text', fileName: request.fileName, contents: request.contents }]),
      ),
    [host, importSources],
  );

  // After a row leaves (moved to Trash), keep keyboard focus in the list instead of losing it to the page.
  useEffect(() => {
    const index = focusAfterRemoval.current;
    if (index === null) return;
    focusAfterRemoval.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLElement>('[data-row-menu]');
    const next = buttons?.[Math.min(index, buttons.length - 1)];
    (next ?? searchRef.current)?.focus();
  }, [visible]);

  const onAction = useCallback(
    async (action: RowAction, summary: WorkshopSummary) => {
      const title = summary.title;
      try {
        if (action === 'rename') setDialog({ kind: 'rename', summary });
        if (action === 'duplicate') {
          const copy = await duplicateWorkshop(db, summary.id);
          if (copy) {
            showToast({
              message: `Duplicated as “${copy.meta.title}”`,
              tone: 'success',
              action: { label: 'Open', run: () => navigate(`/workshop/${copy.id}`) },
            });
          }
        }
        if (action === 'export') {
          const file = await exportOne(db, summary.id);
          if (file) {
            downloadTextFile(file.fileName, file.text);
            showToast({ message: `Exported “${title}” as “${file.fileName}”`, tone: 'success' });
          }
        }
        if (action === 'trash') {
          const index = listRef.current
            ? Array.from(listRef.current.children).findIndex((row) => (row as HTMLElement).dataset['workshopId'] === summary.id)
            : -1;
          await moveToTrash(db, summary.id);
          if (document.activeElement === null || document.activeElement === document.body || listRef.current?.contains(document.activeElement)) {
            focusAfterRemoval.current = Math.max(index, 0);
          }
          showToast({
            message: `Moved “${title}” to Trash`,
            tone: 'info',
            action: {
              label: 'Undo',
              run: () => {
                restoreFromTrash(db, summary.id).catch((error: unknown) =>
                  showToast({ message: `“${title}” could not be restored: ${describe(error)}`, tone: 'error' }),
                );
              },
            },
          });
        }
      } catch (error) {
        showToast({ message: `That did not work for “${title}”: ${describe(error)}`, tone: 'error' });
      }
    },
    [db, navigate],
  );

  async function openSample() {
    setOpeningSample(true);
    try {
      // Loaded on demand: the sample is a whole workshop, and most starts never need it.
      const { SAMPLE_WORKSHOP } = await import('../../../../shared/method/sample-workshop');
      const copy = await addSampleWorkshop(db, SAMPLE_WORKSHOP);
      navigate(`/workshop/${copy.id}`);
    } catch (error) {
      showToast({ message: `The sample workshop could not be opened: ${describe(error)}`, tone: 'error' });
      setOpeningSample(false);
    }
  }

  const isLoaded = summaries !== undefined;
  const isEmpty = isLoaded && summaries.length === 0;

  return (
    <main className="screen library" aria-labelledby="library-title">
      <div className="screen-heading">
        <h1 id="library-title">Workshops</h1>
        <div className="heading-actions">
          <button type="button" className="button" onClick={() => fileInputRef.current?.click()}>
            <FileUp aria-hidden="true" size={19} />
            Import…
          </button>
          {!isEmpty && (
            <button type="button" className="button" onClick={() => void exportEverything()}>
              <Download aria-hidden="true" size={19} />
              Export all
            </button>
          )}
          <button type="button" className="button primary" onClick={() => setDialog({ kind: 'new' })}>
            <Plus aria-hidden="true" size={20} />
            New workshop
          </button>
          <input
            ref={fileInputRef}
            type="file"
            accept={ACCEPTED_FILES}
            multiple
            hidden
            aria-label="Import .endfirst files"
            onChange={(event) => {
              const files = Array.from(event.target.files ?? []);
              event.target.value = '';
              importFiles(files);
            }}
          />
        </div>
      </div>

      {isLoaded && !isEmpty && (
        <div className="library-toolbar">
          <div className="search-field">
            <Search aria-hidden="true" size={20} className="search-icon" />
            <input
              ref={searchRef}
              type="search"
              className="text-input"
              aria-label="Search workshops"
              placeholder="Search by title, organisation or facilitator"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape' && query !== '') {
                  event.preventDefault();
                  setQuery('');
                }
              }}
            />
          </div>
          <label className="sort-field">
            <span>Sort by</span>
            <select className="select" value={sort} onChange={(event) => setSort(event.target.value as LibrarySort)}>
              {LIBRARY_SORTS.map((key) => (
                <option key={key} value={key}>
                  {SORT_LABELS[key]}
                </option>
              ))}
            </select>
          </label>
          <p className="result-count" role="status">
            {resultCountLabel(visible.length, summaries.length, deferredQuery)}
          </p>
          <TrashLink count={trashed} />
        </div>
      )}

      {isEmpty && (
        <>
          <EmptyLibrary
            onOpenSample={() => void openSample()}
            onNewWorkshop={() => setDialog({ kind: 'new' })}
            isOpeningSample={isOpeningSample}
          />
          {trashed > 0 && (
            <p className="library-footer">
              <TrashLink count={trashed} />
            </p>
          )}
        </>
      )}

      {isLoaded && !isEmpty && visible.length > 0 && (
        <ul ref={listRef} className="workshop-list" aria-label="Workshops">
          {visible.map((summary) => (
            <WorkshopRow key={summary.id} summary={summary} now={now} onAction={onAction} />
          ))}
        </ul>
      )}

      {isLoaded && !isEmpty && visible.length === 0 && (
        <div className="no-results">
          <p>No workshop matches “{deferredQuery.trim()}”.</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setQuery('');
              searchRef.current?.focus();
            }}
          >
            <X aria-hidden="true" size={18} />
            Clear search
          </button>
        </div>
      )}

      {isDragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-target">
            <FileUp size={40} />
            <p>Drop .endfirst files to import them</p>
          </div>
        </div>
      )}

      {dialog?.kind === 'new' && (
        <NewWorkshopDialog
          onClose={() => setDialog(null)}
          onCreate={async (input) => {
            const workshop = await createNewWorkshop(db, input);
            navigate(`/workshop/${workshop.id}`);
          }}
        />
      )}
      {dialog?.kind === 'rename' && (
        <RenameDialog
          currentTitle={dialog.summary.title}
          onClose={() => setDialog(null)}
          onRename={async (title) => {
            await renameWorkshop(db, dialog.summary.id, title);
          }}
        />
      )}
      {question && <ImportConflictDialog key={question.fileName} question={question} />}
      {!question && failures.length > 0 && <ImportFailureDialog failures={failures} onClose={dismissFailures} />}
    </main>
  );
}

function TrashLink({ count }: { count: number }) {
  return (
    <Link href="/trash" className="button ghost trash-link" aria-label={`Trash, ${count} ${count === 1 ? 'workshop' : 'workshops'}`}>
      <Trash2 aria-hidden="true" size={19} />
      Trash
      {count > 0 && (
        <span className="count-badge" aria-hidden="true">
          {count}
        </span>
      )}
    </Link>
  );
}
