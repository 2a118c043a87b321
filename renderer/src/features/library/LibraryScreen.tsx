import './library.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { FileUp, Plus, Search, Trash2, Users, X } from 'lucide-react';
import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { WorkshopSummary } from '../../../../shared/domain/summary';
import { getDatabase } from '../../db/instance';
import { createNewWorkshop, duplicateWorkshop, moveToTrash, renameWorkshop, restoreFromTrash } from '../../db/workshops';
import { describeStorageError } from '../../editing/storage-errors';
import { showToast } from '../../ui/toasts';
import { EmptyLibrary } from './EmptyLibrary';
import { ExportAllButton } from './ExportAllButton';
import { LoadProblem } from './LoadProblem';
import { ImportConflictDialog, ImportFailureDialog } from './ImportDialogs';
import type { ImportSource } from './import-files';
import { isPhaseFilter, matchesPhase, noMatchText, PHASE_FILTER_OPTIONS } from './library-phase';
import { filterIndexed, indexForSearch, LIBRARY_SORTS, resultCountLabel, SORT_LABELS, sortSummaries, type LibrarySort } from './library-filter';
import { exportAllWorkshops, exportWorkshop } from './export-actions';
import { addSampleWorkshop, loadLibrary } from './library-queries';
import { isSharing } from '../../db/records';
import { forgetPreloadedLibrary, peekPreloadedLibrary } from './preloaded-library';
import { useLibraryView } from './library-view-store';
import { NewWorkshopDialog } from './NewWorkshopDialog';
import { RenameDialog } from './RenameDialog';
import { useFileDrop } from './useFileDrop';
import { takeLibraryInbox, useLibraryInbox } from './library-inbox';
import { useLibraryImport } from './useLibraryImport';
import { useNow } from './useNow';
import { WorkshopRow, type RowAction } from './WorkshopRow';
import { planSyncLabel, shareWithTeam, stopSharing, SyncNotices, useTeamConnection, useTeamSyncRunner } from '../team';

type OpenDialog = { readonly kind: 'new' } | { readonly kind: 'rename'; readonly summary: WorkshopSummary } | null;

const ACCEPTED_FILES = '.endfirst,application/json';
const FIRST_PAINT_ROWS = 40;
/** Writes that fail say why in the storage layer's own words (disk full, store closed…). */
const failed = (what: string, error: unknown) => `${what}. ${describeStorageError(error)}`;

/** The home screen: every workshop on this computer, searchable, with the actions around them. */
export function LibraryScreen() {
  const db = getDatabase();
  const [, navigate] = useLocation();
  const now = useNow();
  const [preloaded] = useState(peekPreloadedLibrary);
  useEffect(forgetPreloadedLibrary, []);
  const library = useLiveQuery(() => loadLibrary(db), [db], preloaded);
  const summaries = library?.ok ? library.summaries : undefined;
  // The plans shared with the team and when each last synced (a small table: one row per shared plan).
  const sharedPlans = useLiveQuery(
    async () => new Map((await db.sharedPlans.toArray()).filter(isSharing).map((row) => [row.workshopId, row.lastSyncedAt])),
    [db],
  );
  const connection = useTeamConnection((state) => state.connection);
  const pendingIds = useTeamConnection((state) => state.pendingWorkshopIds);
  const hasTeamServer = useTeamSyncRunner((state) => typeof state.address === 'string');
  const trashed = library?.ok ? library.trashCount : 0;
  const { query, sort, phase, setQuery, setSort, setPhase } = useLibraryView();
  const deferredQuery = useDeferredValue(query);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [isOpeningSample, setOpeningSample] = useState(false);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const focusAfterRemoval = useRef<{ readonly id: string; readonly index: number } | null>(null);

  // Every row stays rendered and the search only hides rows: typing and clearing touch only the rows that change.
  const sorted = useMemo(() => sortSummaries(summaries ?? [], sort), [summaries, sort]);
  const searchIndex = useMemo(() => indexForSearch(sorted), [sorted]);
  // The first screenful paints at once; the rest of a long library follows in a background render.
  const [rowLimit, setRowLimit] = useState(FIRST_PAINT_ROWS);
  useEffect(() => {
    if (rowLimit < sorted.length) startTransition(() => setRowLimit(Number.POSITIVE_INFINITY));
  }, [rowLimit, sorted.length]);
  const rendered = useMemo(() => (rowLimit < sorted.length ? sorted.slice(0, rowLimit) : sorted), [sorted, rowLimit]);
  const matchingIds = useMemo(
    () =>
      new Set(
        filterIndexed(searchIndex, deferredQuery)
          .filter((summary) => matchesPhase(summary, phase))
          .map((summary) => summary.id),
      ),
    [searchIndex, deferredQuery, phase],
  );

  const { importSources, question, failures, dismissFailures } = useLibraryImport(db);
  const importFiles = useCallback(
    (files: readonly File[]) => importSources(files.map((file): ImportSource => ({ kind: 'file', file }))),
    [importSources],
  );
  const isDragging = useFileDrop(importFiles);

  // Menu commands, files the OS opened and files dropped elsewhere reach the library through App.
  useEffect(() => {
    const handle = () => {
      const { command, imports } = takeLibraryInbox();
      if (command === 'workshop:new') setDialog({ kind: 'new' });
      if (command === 'file:import') fileInputRef.current?.click();
      if (command === 'file:export') void exportAllWorkshops(db);
      if (imports.length > 0) void importSources(imports);
    };
    queueMicrotask(handle); // whatever arrived before this screen was shown
    return useLibraryInbox.subscribe((inbox) => {
      if (inbox.command !== null || inbox.imports.length > 0) handle();
    });
  }, [db, importSources]);

  // After a row leaves (moved to Trash), keep keyboard focus in the list instead of losing it to the page.
  useEffect(() => {
    const pending = focusAfterRemoval.current;
    if (pending === null || matchingIds.has(pending.id)) return;
    focusAfterRemoval.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLElement>('li:not([hidden]) [data-row-menu]');
    const next = buttons?.[Math.min(pending.index, buttons.length - 1)];
    (next ?? searchRef.current)?.focus();
  }, [matchingIds]);

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
        if (action === 'export') await exportWorkshop(db, summary.id, title);
        if (action === 'share') await shareWithTeam(db, summary.id, title.trim() || 'Untitled workshop');
        if (action === 'stop-sharing') await stopSharing(db, summary.id, title.trim() || 'Untitled workshop');
        if (action === 'trash') {
          const rows = Array.from(listRef.current?.querySelectorAll<HTMLElement>(':scope > li:not([hidden])') ?? []);
          const index = rows.findIndex((row) => row.dataset['workshopId'] === summary.id);
          const hadFocus = listRef.current?.contains(document.activeElement) ?? false;
          if (hadFocus) focusAfterRemoval.current = { id: summary.id, index: Math.max(index, 0) };
          try {
            await moveToTrash(db, summary.id);
          } catch (error) {
            focusAfterRemoval.current = null;
            throw error;
          }
          showToast({
            message: `Moved “${title}” to Trash`,
            tone: 'info',
            action: {
              label: 'Undo',
              run: () => {
                restoreFromTrash(db, summary.id).catch((error: unknown) =>
                  showToast({ message: failed(`“${title}” could not be restored`, error), tone: 'error' }),
                );
              },
            },
          });
        }
      } catch (error) {
        showToast({ message: failed(`That did not work for “${title}”`, error), tone: 'error' });
      }
    },
    [db, navigate],
  );

  async function openSample() {
    setOpeningSample(true);
    try {
      // Loaded on demand: the sample is a whole workshop, and most starts never need it.
      const { SAMPLE_WORKSHOP } = await import('../../../../shared/method/sample-workshop');
      const { SAMPLE_BASELINE } = await import('../../../../shared/method/sample-baseline');
      const copy = await addSampleWorkshop(db, SAMPLE_WORKSHOP, SAMPLE_BASELINE);
      navigate(`/workshop/${copy.id}`);
    } catch (error) {
      showToast({ message: failed('The sample workshop could not be opened', error), tone: 'error' });
      setOpeningSample(false);
    }
  }

  const isLoaded = summaries !== undefined;
  const isEmpty = isLoaded && summaries.length === 0;

  return (
    <main className="screen library" aria-labelledby="library-title">
      <div className="screen-heading">
        <h1 id="library-title">Workshops</h1>
        <div className="lib-heading-actions">
          {!isEmpty && <TeamLink />}
          <button type="button" className="button" onClick={() => fileInputRef.current?.click()}>
            <FileUp aria-hidden="true" size={19} />
            Import…
          </button>
          {!isEmpty && <ExportAllButton label="Export all" />}
          {/* An empty library offers "New workshop" in its welcome, right where the eye goes. */}
          {isLoaded && !isEmpty && (
            <button type="button" className="button primary" onClick={() => setDialog({ kind: 'new' })}>
              <Plus aria-hidden="true" size={20} />
              New workshop
            </button>
          )}
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

      {library && !library.ok && <LoadProblem problem={library.problem} />}

      <SyncNotices scope="library" />

      {isLoaded && !isEmpty && (
        <div className="library-toolbar">
          <div className="lib-search-field">
            <Search aria-hidden="true" size={20} className="lib-search-icon" />
            <input
              ref={searchRef}
              type="search"
              className="lib-text-input"
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
          <label className="lib-sort-field">
            <span>Sort by</span>
            <select className="lib-select" value={sort} onChange={(event) => setSort(event.target.value as LibrarySort)}>
              {LIBRARY_SORTS.map((key) => (
                <option key={key} value={key}>
                  {SORT_LABELS[key]}
                </option>
              ))}
            </select>
          </label>
          <label className="lib-sort-field">
            <span>Phase</span>
            <select className="lib-select lib-phase-select" value={phase} onChange={(event) => isPhaseFilter(event.target.value) && setPhase(event.target.value)}>
              {PHASE_FILTER_OPTIONS.map(({ value, label }) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <p className="lib-result-count" role="status">
            {resultCountLabel(matchingIds.size, summaries.length, deferredQuery, phase !== 'all')}
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
          {(hasTeamServer || trashed > 0) && (
            <p className="library-footer">
              {hasTeamServer && <TeamLink />}
              {trashed > 0 && <TrashLink count={trashed} />}
            </p>
          )}
        </>
      )}

      {isLoaded && !isEmpty && (
        <ul ref={listRef} className="lib-list" aria-label="Workshops" hidden={matchingIds.size === 0}>
          {rendered.map((summary) => (
            <WorkshopRow
              key={summary.id}
              summary={summary}
              isHidden={!matchingIds.has(summary.id)}
              now={now}
              syncLabel={
                sharedPlans?.has(summary.id)
                  ? planSyncLabel(
                      { lastSyncedAt: sharedPlans.get(summary.id) ?? null, isPending: pendingIds.has(summary.id), updatedAt: summary.updatedAt, connection },
                      now,
                    )
                  : null
              }
              onAction={onAction}
            />
          ))}
        </ul>
      )}

      {isLoaded && !isEmpty && matchingIds.size === 0 && (
        <div className="lib-no-results">
          <p>{noMatchText(deferredQuery, phase)}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setQuery('');
              setPhase('all');
              searchRef.current?.focus();
            }}
          >
            <X aria-hidden="true" size={18} />
            {phase === 'all' ? 'Clear search' : 'Show every workshop'}
          </button>
        </div>
      )}

      {isDragging && (
        <div className="lib-drop-overlay" aria-hidden="true">
          <div className="lib-drop-target">
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

function TeamLink() {
  return (
    <Link href="/team" className="button ghost lib-team-link">
      <Users aria-hidden="true" size={19} />
      Team portfolio
    </Link>
  );
}

function TrashLink({ count }: { count: number }) {
  return (
    <Link href="/trash" className="button ghost lib-trash-link" aria-label={`Trash, ${count} ${count === 1 ? 'workshop' : 'workshops'}`}>
      <Trash2 aria-hidden="true" size={19} />
      Trash
      {count > 0 && (
        <span className="lib-count-badge" aria-hidden="true">
          {count}
        </span>
      )}
    </Link>
  );
}
