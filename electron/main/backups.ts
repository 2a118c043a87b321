import path from 'node:path';

/**
 * Backups outside IndexedDB: if the browser store is ever lost or corrupted, the workshops still
 * exist as plain `.endfirst` files under userData/backups/. Each write goes to a temporary file
 * first and is renamed into place, so a crash or a full disk never leaves a half-written backup
 * where a good one was; the newest 10 per workshop are kept.
 */
export const BACKUPS_KEPT_PER_WORKSHOP = 10;
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

/** The part of `fs/promises` backups need, so tests can hand in a fake disk. */
export interface BackupFs {
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  writeFile(file: string, data: string, options: { encoding: 'utf8'; flag: 'wx' }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  stat(file: string): Promise<{ size: number }>;
  rm(file: string, options: { force: true }): Promise<void>;
}

export interface BackupEntry {
  readonly fileName: string;
  readonly workshopId: string;
  readonly savedAt: string;
  readonly bytes: number;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** `<workshop id>--<UTC time, filename-safe>.endfirst`, e.g. `…--2026-11-26T14-02-05-123Z.endfirst`. */
const BACKUP_NAME = new RegExp(`^(${UUID})--(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)\\.endfirst$`);

export function backupFileName(workshopId: string, now: Date): string {
  return `${workshopId}--${now.toISOString().replace(/[:.]/g, '-')}.endfirst`;
}

function parseBackupName(fileName: string): { workshopId: string; savedAt: string } | null {
  const match = BACKUP_NAME.exec(fileName);
  if (!match?.[1] || !match[2]) return null;
  const [date, time] = match[2].split('T') as [string, string];
  const [hh, mm, ss, ms] = time.replace('Z', '').split('-');
  return { workshopId: match[1], savedAt: `${date}T${hh}:${mm}:${ss}.${ms}Z` };
}

/** A message a facilitator can act on, for the errors a disk actually gives. */
export function describeFsError(error: unknown, action: string): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOSPC':
      return `Could not ${action}: the disk is full. Free some space and Endfirst will try again.`;
    case 'EACCES':
    case 'EPERM':
      return `Could not ${action}: Endfirst is not allowed to write to its backup folder.`;
    case 'EROFS':
      return `Could not ${action}: the backup folder is on a read-only disk.`;
    default:
      return `Could not ${action}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export function createBackupStore(fs: BackupFs, dir: string, now: () => Date = () => new Date()) {
  async function list(): Promise<BackupEntry[]> {
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return [];
      throw new Error(describeFsError(error, 'list backups'));
    }
    const entries: BackupEntry[] = [];
    // Temporary files (a write that never finished) do not match the name pattern: never listed.
    for (const fileName of names) {
      const parsed = parseBackupName(fileName);
      if (!parsed) continue;
      const { size } = await fs.stat(path.join(dir, fileName));
      entries.push({ fileName, ...parsed, bytes: size });
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  return {
    list,

    async write(workshopId: string, contents: string): Promise<BackupEntry> {
      const fileName = backupFileName(workshopId, now());
      const finalPath = path.join(dir, fileName);
      const tempPath = `${finalPath}.${process.pid}.tmp`;
      try {
        await fs.mkdir(dir, { recursive: true });
        await fs.writeFile(tempPath, contents, { encoding: 'utf8', flag: 'wx' });
        await fs.rename(tempPath, finalPath);
      } catch (error) {
        await fs.rm(tempPath, { force: true }).catch(() => undefined);
        throw new Error(describeFsError(error, 'write the backup'));
      }
      const older = (await list()).filter((entry) => entry.workshopId === workshopId).slice(BACKUPS_KEPT_PER_WORKSHOP);
      for (const entry of older) await fs.rm(path.join(dir, entry.fileName), { force: true });
      return { fileName, workshopId, savedAt: now().toISOString(), bytes: contents.length };
    },

    /** Reads one backup by its listed name; any other name (a path, `..`) is refused. */
    async read(fileName: string): Promise<string> {
      if (!parseBackupName(fileName)) throw new Error('That is not the name of an Endfirst backup.');
      const file = path.join(dir, fileName);
      const { size } = await fs.stat(file);
      if (size > MAX_BACKUP_BYTES) throw new Error('That backup is larger than 20 MB and was not opened.');
      return fs.readFile(file, 'utf8');
    },
  };
}

export type BackupStore = ReturnType<typeof createBackupStore>;
