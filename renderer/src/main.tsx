import './app/zod-without-eval';
import '@fontsource-variable/inter';
import './app/theme.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadScreenFor } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { getDatabase } from './db/instance';
import { replayUnsavedEdits } from './editing/autosave';
import { watchForOtherWindowsUpgrading } from './editing/version-change';
import { describeStorageError } from './editing/storage-errors';
import { HostProvider } from './host/HostContext';
import { detectHost } from './host/detectHost';

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

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const host = detectHost();

// The start URL's screen loads while the database opens; a chunk that fails to load is left to the
// route's own lazy load (and the error boundary), so storage trouble is still reported first.
const screenLoaded = preloadScreenFor(window.location.hash).catch(() => undefined);

void Promise.all([openStorage(), screenLoaded]).then(([storageProblem]) => {
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary copyText={host.copyText}>
        <HostProvider host={host}>
          <App storageProblem={storageProblem} />
        </HostProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
});
