import { serializeEndfirstFile } from '../../../../shared/domain/file-format';
import { getDatabase } from '../../db/instance';
import type { HostApi } from '../../host/HostApi';
import { nowIso } from '../../db/ids';

/** updatedAt of the last backup written per workshop in this session: unchanged work is not rewritten. */
const lastBackedUp = new Map<string, string>();

/**
 * Writes the stored workshop as an `.endfirst` file in the desktop backup folder. Does nothing in
 * a browser (no folder) or when nothing changed since this session's last backup. A failure is
 * returned, not thrown: a backup problem must never interrupt the room.
 */
export async function backupWorkshop(host: HostApi, workshopId: string): Promise<string | null> {
  if (!host.backups) return null;
  const workshop = await getDatabase().workshops.get(workshopId);
  if (!workshop || lastBackedUp.get(workshopId) === workshop.updatedAt) return null;
  try {
    await host.backups.write(workshopId, serializeEndfirstFile([workshop], nowIso()));
    lastBackedUp.set(workshopId, workshop.updatedAt);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
