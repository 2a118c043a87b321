/** The IndexedDB database's name, in a module of its own so code that must not load Dexie can name it. */
export const DATABASE_NAME = 'endfirst';
