/** Turns IndexedDB/Dexie failures into a sentence a facilitator can act on. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if ([name, inner].includes('QuotaExceededError')) {
    return 'This computer has run out of space for Endfirst. Free some disk space; your last edits are kept and will be saved when there is room.';
  }
  if ([name, inner].some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError')) {
    return 'The workshop store was closed (another Endfirst window may be updating it). Reload to continue; your last edits are kept.';
  }
  if ([name, inner].includes('VersionError')) {
    return 'Your workshops were saved by a newer version of Endfirst. Update Endfirst to open them; nothing has been changed.';
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Endfirst could not save: ${message}`;
}
