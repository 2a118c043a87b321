import { parseTeamServerAddress } from '../../shared/sync/team-server-address';

/**
 * The team server's address (issue 23), kept by main in userData/team-server.json because main must
 * know it before any page loads: the Content-Security-Policy it sends names exactly that origin.
 * No file means no team server, and so no network call at all.
 *
 * Read once at start-up. A file that cannot be read or does not hold a valid address counts as no
 * team server (with a warning) and is left exactly as it is until the facilitator saves a new
 * address: it may be a newer version's file, and it is theirs to replace, not ours to "repair".
 */
export const TEAM_SERVER_FILE_NAME = 'team-server.json';

/** An address that has passed parseTeamServerAddress; only these are ever kept or used. */
export interface TeamServer {
  readonly url: string;
  readonly origin: string;
}

/** The part of a FileHandle an atomic write needs. */
export interface WritableFile {
  writeFile(data: string, encoding: 'utf8'): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The few file operations the store needs, injected so tests use a fake disk and main node:fs/promises. */
export interface TeamServerFs {
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  open(file: string, flags: 'w'): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: true }): Promise<void>;
}

export interface TeamServerStore {
  /** The saved team server, or null: none set, or the file was unreadable at start-up. */
  current(): TeamServer | null;
  /**
   * Parses `typed` again (only its `url` is stored) and saves it, or forgets the team server with
   * null. Rejects with a message a facilitator can act on, changing nothing on disk or in memory,
   * when the address does not parse or the file cannot be written.
   */
  save(typed: string | null): Promise<TeamServer | null>;
}

/** The file's shape; `version` lets a later release change it without guessing. */
interface SavedFile {
  readonly version: 1;
  readonly url: string | null;
}

const errorCode = (error: unknown): string | undefined => (error as { code?: unknown } | null)?.code as string | undefined;

/** Null for a file that says "no team server"; undefined for one that does not hold a valid address. */
function readSaved(text: string): TeamServer | null | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== 1) return undefined;
  const { url } = data as { url?: unknown };
  if (url === null) return null;
  if (typeof url !== 'string') return undefined;
  const address = parseTeamServerAddress(url);
  return address.ok ? { url: address.url, origin: address.origin } : undefined;
}

/** What a facilitator can do about the errors a disk actually gives. */
export function describeSaveError(error: unknown): string {
  const action = 'Could not save the team server address';
  switch (errorCode(error)) {
    case 'ENOSPC':
      return `${action}: the disk is full. Free some space and try again; the previous setting is kept.`;
    case 'EACCES':
    case 'EPERM':
      return `${action}: Endfirst is not allowed to write to its settings folder. The previous setting is kept.`;
    case 'EROFS':
      return `${action}: the settings folder is on a read-only disk. The previous setting is kept.`;
    default:
      return `${action} (${error instanceof Error ? error.message : String(error)}). The previous setting is kept.`;
  }
}

export async function loadTeamServerStore(
  fs: TeamServerFs,
  filePath: string,
  warn: (message: string) => void = (message) => console.warn(`[team-server] ${message}`),
): Promise<TeamServerStore> {
  let current: TeamServer | null = null;
  try {
    const saved = readSaved(await fs.readFile(filePath, 'utf8'));
    if (saved === undefined) warn(`${filePath} does not hold a valid team server address; working without a team server until one is saved.`);
    current = saved ?? null;
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') warn(`${filePath} could not be read (${String(error)}); working without a team server.`);
  }

  /** Saves one at a time, in the order asked: two writes must never share the temporary file. */
  let queue: Promise<unknown> = Promise.resolve();

  async function write(next: TeamServer | null): Promise<void> {
    const temporary = `${filePath}.saving`;
    const contents = `${JSON.stringify({ version: 1, url: next?.url ?? null } satisfies SavedFile)}\n`;
    try {
      const file = await fs.open(temporary, 'w');
      try {
        await file.writeFile(contents, 'utf8');
        // On disk before the rename: otherwise a power cut could leave an empty file in its place.
        await file.sync();
      } finally {
        await file.close();
      }
      // The one step that replaces the old file; until it has happened the old file is whole.
      await fs.rename(temporary, filePath);
    } catch (error) {
      await fs.rm(temporary, { force: true }).catch(() => undefined);
      throw new Error(describeSaveError(error));
    }
  }

  return {
    current: () => current,
    save(typed) {
      const turn = queue.then(async () => {
        const address = typed === null ? null : parseTeamServerAddress(typed);
        if (address !== null && !address.ok) throw new Error(address.problem);
        const next = address === null ? null : { url: address.url, origin: address.origin };
        await write(next);
        current = next;
        return next;
      });
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}
