import type { EndfirstDatabase } from '../../db/database';
import { loadLibrary, type LibraryLoad } from './library-queries';

/**
 * The library read once before the app's first render, when the app starts on the library: its
 * first render then shows the rows at once (it replaces the first paint with the same rows) instead
 * of an empty list for a frame while the live query starts.
 */
let preloaded: LibraryLoad | undefined;

export async function preloadLibrary(db: EndfirstDatabase): Promise<void> {
  preloaded = await loadLibrary(db);
}

export const peekPreloadedLibrary = (): LibraryLoad | undefined => preloaded;

/** Once the live query runs, a later visit to the library must not start from this old read. */
export function forgetPreloadedLibrary(): void {
  preloaded = undefined;
}
