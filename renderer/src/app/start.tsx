import './zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { App, preloadScreenFor } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { getDatabase } from '../db/instance';
import { replayUnsavedEdits } from '../editing/autosave';
import { watchForOtherWindowsUpgrading } from '../editing/version-change';
import { describeStorageError } from '../editing/storage-errors';
import { isLibraryHash } from '../features/library/first-paint/library-hash';
import { captureFirstPaint, restoreAfterHandOver } from '../features/library/first-paint/hand-over';
import { LIBRARY_SORTS, type LibrarySort } from '../features/library/library-filter';
import { isPhaseFilter } from '../features/library/library-phase';
import { useLibraryView } from '../features/library/library-view-store';
import { preloadLibrary } from '../features/library/preloaded-library';
import { HostProvider } from '../host/HostContext';
import { detectHost } from '../host/detectHost';

/**
 * Opens the database and replays any edit that was typed but not committed before the last
 * close, before the first screen renders: the facilitator never sees an older text flash by.
 */
async function openStorage(): Promise<string | null> {
  try {
    const db = getDatabase();
    await db.open();
    watchForOtherWindowsUpgrading(db);
    // The projector and print documents only read. The journal in localStorage is shared with the
    // facilitator's window, which is still typing: only that window may replay it.
    if (!isReadOnlyDocument(window.location.hash)) await replayUnsavedEdits();
    return null;
  } catch (error) {
    return describeStorageError(error);
  }
}

const isReadOnlyDocument = (hash: string) => /^#\/(present|print)\//.test(hash);

const isLibrarySort = (value: string | null): value is LibrarySort => LIBRARY_SORTS.some((sort) => sort === value);

/**
 * Starts the React app in `container`. When the library's first paint (first-paint/) is there, the
 * first render replaces it synchronously, with the same rows, and what the person did meanwhile
 * (focus, search text, sort, a pressed actions button) carries over.
 */
export async function startApp(container: HTMLElement): Promise<void> {
  const host = detectHost();
  const hash = window.location.hash;
  // The start URL's screen loads while the database opens; a chunk that fails to load is left to the
  // route's own lazy load (and the error boundary), so storage trouble is still reported first.
  const screenLoaded = preloadScreenFor(hash).catch(() => undefined);
  const storageProblem = await openStorage();
  await screenLoaded;
  if (storageProblem === null && isLibraryHash(window.location.hash)) await preloadLibrary(getDatabase());

  const firstPaint = captureFirstPaint(container);
  if (firstPaint) {
    if (firstPaint.query !== '') useLibraryView.getState().setQuery(firstPaint.query);
    if (isLibrarySort(firstPaint.sort)) useLibraryView.getState().setSort(firstPaint.sort);
    if (isPhaseFilter(firstPaint.phase)) useLibraryView.getState().setPhase(firstPaint.phase);
  }
  const root = createRoot(container);
  const app = (
    <StrictMode>
      <ErrorBoundary copyText={host.copyText}>
        <HostProvider host={host}>
          <App storageProblem={storageProblem} />
        </HostProvider>
      </ErrorBoundary>
    </StrictMode>
  );
  if (!firstPaint) {
    root.render(app);
    return;
  }
  flushSync(() => root.render(app));
  restoreAfterHandOver(container, firstPaint);
}
