/** The start URLs that open on the library (hash routing: `#/` or no hash at all). */
export const isLibraryHash = (hash: string): boolean => hash === '' || hash === '#' || hash === '#/';
