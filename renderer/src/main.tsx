import '@fontsource-variable/inter';
import './app/theme.css';
import './features/library/library.css';
import { createJournal } from './editing/journal';
import { listenForEarlyPresses } from './features/library/first-paint/hand-over';
import { paintFirstRows } from './features/library/first-paint/paint-first-rows';
import { isLibraryHash } from './features/library/first-paint/library-hash';
import { readFirstRows } from './features/library/first-paint/read-first-rows';

/**
 * The entry point is deliberately small. On the library, it first paints the newest workshops
 * straight from IndexedDB (features/library/first-paint), and only after that frame is on screen
 * loads React, Dexie and the rest of the app (app/start.tsx), which then takes over the same rows.
 * That makes the library readable and openable in about the time a plain page takes, instead of
 * after some 150 ms of evaluating the app's JavaScript.
 */

/** Rows in the first paint: more than fit in a 900 px-high window. */
const FIRST_PAINT_ROWS = 20;

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

/** Resolves after the next frame has been painted (a task queued from rAF runs after that frame). */
const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Paints the library's first rows when it can; says whether it did (tests wait for this, never sleep). */
async function paintLibraryFirst(root: HTMLElement): Promise<void> {
  const painted = await tryPaintLibraryFirst(root).catch(() => false);
  document.documentElement.dataset['firstPaint'] = painted ? 'shown' : 'skipped';
  if (painted) await afterNextPaint();
}

async function tryPaintLibraryFirst(root: HTMLElement): Promise<boolean> {
  // Typing not yet committed when the app last closed is replayed by the app before its first
  // render; painting the rows before that could show a title from before the edit. Rare: skip.
  if (createJournal().entries().length > 0) return false;
  const firstRows = await readFirstRows(FIRST_PAINT_ROWS);
  // An empty library, or a start URL that changed meanwhile: the app's own first screen is better.
  if (!firstRows || firstRows.rows.length === 0 || !isLibraryHash(window.location.hash)) return false;
  listenForEarlyPresses(root);
  paintFirstRows(root, firstRows, Date.now());
  return true;
}

void (isLibraryHash(window.location.hash) ? paintLibraryFirst(container) : Promise.resolve())
  .then(() => import('./app/start'))
  .then(({ startApp }) => startApp(container));
