import { produce, type Draft } from 'immer';
import type { EndfirstDatabase } from '../../../renderer/src/db/database';
import { putWithSummary } from '../../../renderer/src/db/write';
import type { Workshop } from '../../../shared/domain/workshop';
import { syncDerivedFields } from '../../../shared/editing/derived-fields';

/**
 * An edit made in another window: same recipe, same write (record and library row through the
 * gate), over its own connection to the same database. That window's undo history lives in its
 * own process, so nothing here touches this process's history, which belongs to "this" window.
 */
export async function editInOtherWindow(db: EndfirstDatabase, workshopId: string, recipe: (draft: Draft<Workshop>) => void): Promise<void> {
  await db.transaction('rw', db.workshops, db.summaries, async () => {
    const stored = await db.workshops.get(workshopId);
    if (!stored) return;
    const next = produce(stored, (draft) => {
      recipe(draft);
      syncDerivedFields(draft as Workshop);
    });
    if (next !== stored) await putWithSummary(db, { ...next, updatedAt: new Date().toISOString() });
  });
}
