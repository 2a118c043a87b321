import { EndfirstDatabase } from './database';

let database: EndfirstDatabase | null = null;

/** The app's one database connection, opened lazily on first use. */
export function getDatabase(): EndfirstDatabase {
  database ??= new EndfirstDatabase();
  return database;
}
