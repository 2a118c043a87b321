import { Immer, type Draft } from 'immer';
import { createWorkshop } from '../../../shared/domain/create-workshop';
import { reassignIds } from '../../../shared/domain/reassign-ids';
import type { Workshop } from '../../../shared/domain/workshop';
import type { TemplateId } from '../../../shared/method/agenda-templates';
import { syncDerivedFields } from '../../../shared/editing/derived-fields';
import { setAtPath, type FieldPath } from '../../../shared/editing/field-path';
import type { EndfirstDatabase } from './database';
import { localDate, newId, nowIso } from './ids';
import { forgetHistory, recordWorkshopEdit } from './edit-history';
import { addVersionRecord } from './versions';
import { putWithSummary, saveWorkshop } from './write';

/**
 * The write path's own immer, without auto-freeze: each commit's result is written to IndexedDB
 * and dropped (the screen reads its own copy back through liveQuery), so deep-freezing the whole
 * workshop on every commit (~15 % of a commit with 500 notes) protects nothing. Patches (undo)
 * work the same; enablePatches() in edit-history.ts applies to every immer instance.
 */
const writeImmer = new Immer({ autoFreeze: false });

export async function createNewWorkshop(
  db: EndfirstDatabase,
  input: { template: TemplateId; title: string; facilitator?: string },
): Promise<Workshop> {
  const workshop = createWorkshop({ ...input, id: newId(), now: nowIso(), date: localDate(), newId });
  await saveWorkshop(db, workshop);
  return workshop;
}

export const getWorkshop = (db: EndfirstDatabase, id: string) => db.workshops.get(id);

/**
 * Every edit goes through here: read, change with immer, write workshop and summary in one
 * transaction. Nothing but Dexie work happens inside it. A recipe that changes nothing writes
 * nothing (and does not bump updatedAt). The patches immer reports become one undo step, recorded
 * only once the transaction has committed; `isTyping` lets a text field's commits merge into one,
 * and `isUndoable: false` keeps an operational change (the timer running) out of the history.
 */
export async function updateWorkshop(
  db: EndfirstDatabase,
  id: string,
  recipe: (draft: Draft<Workshop>) => void,
  { isTyping = false, isUndoable = true }: { readonly isTyping?: boolean; readonly isUndoable?: boolean } = {},
): Promise<Workshop | undefined> {
  const result = await db.transaction('rw', db.workshops, db.summaries, async () => {
    const current = await db.workshops.get(id);
    if (!current) return undefined;
    const [changed, patches, inversePatches] = writeImmer.produceWithPatches(current, (draft) => {
      recipe(draft);
      syncDerivedFields(draft);
    });
    if (changed === current) return { workshop: current, patches, inversePatches };
    const next = { ...changed, updatedAt: nowIso() };
    await putWithSummary(db, next);
    return { workshop: next, patches, inversePatches };
  });
  if (!result) return undefined;
  if (isUndoable) recordWorkshopEdit(id, { patches: result.patches, inversePatches: result.inversePatches, isTyping });
  return result.workshop;
}

/** The one primitive text fields use: set the value at a path, if that path still exists. */
/** `isUndoable: false` for the journal replay at start-up: recovered text is not a step to take back. */
export function commitField(db: EndfirstDatabase, id: string, path: FieldPath, value: unknown, { isUndoable = true } = {}) {
  return updateWorkshop(
    db,
    id,
    (draft) => {
      setAtPath(draft, path, value);
    },
    { isTyping: true, isUndoable },
  );
}

/*
 * Library actions have their own undo (the toast after Trash) and are not workshop edits: kept out
 * of the workshop's undo history, so Ctrl/Cmd+Z in the workshop never trashes it.
 */
const LIBRARY_ACTION = { isUndoable: false } as const;

export function renameWorkshop(db: EndfirstDatabase, id: string, title: string) {
  return updateWorkshop(
    db,
    id,
    (draft) => {
      draft.meta.title = title.trim() || draft.meta.title;
    },
    LIBRARY_ACTION,
  );
}

export async function duplicateWorkshop(db: EndfirstDatabase, id: string): Promise<Workshop | undefined> {
  const original = await db.workshops.get(id);
  if (!original) return undefined;
  const now = nowIso();
  const copy: Workshop = {
    ...reassignIds(original, { id: newId(), newId }),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  copy.meta = { ...copy.meta, title: copyTitle(original.meta.title) };
  await saveWorkshop(db, copy);
  return copy;
}

export const copyTitle = (title: string) => `${title} (copy)`.slice(0, 200);

export function moveToTrash(db: EndfirstDatabase, id: string) {
  return updateWorkshop(
    db,
    id,
    (draft) => {
      draft.deletedAt = nowIso();
    },
    LIBRARY_ACTION,
  );
}

export function restoreFromTrash(db: EndfirstDatabase, id: string) {
  return updateWorkshop(
    db,
    id,
    (draft) => {
      draft.deletedAt = null;
    },
    LIBRARY_ACTION,
  );
}

/** Removes the workshop, its library row and its versions for good. */
export async function deleteForever(db: EndfirstDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.workshops, db.summaries, db.versions, async () => {
    await db.workshops.delete(id);
    await db.summaries.delete(id);
    await db.versions.where('workshopId').equals(id).delete();
  });
}

export async function existingIds(db: EndfirstDatabase, ids: readonly string[]): Promise<Set<string>> {
  const found = await db.workshops.bulkGet([...ids]);
  return new Set(found.flatMap((workshop) => (workshop ? [workshop.id] : [])));
}

export type ImportMode = 'replace' | 'copy';

/**
 * Stores validated workshops all-or-nothing. An id already in the library is replaced (after a
 * snapshot of the old one, so a wrong "Replace" can be undone from Versions) or imported as a copy
 * with fresh ids. New ids are imported as they are.
 */
export async function importWorkshops(
  db: EndfirstDatabase,
  workshops: readonly Workshop[],
  modeForExisting: ImportMode,
): Promise<Workshop[]> {
  const storedWorkshops = await db.transaction('rw', db.workshops, db.summaries, db.versions, async () => {
    const present = await existingIds(
      db,
      workshops.map((w) => w.id),
    );
    const stored: Workshop[] = [];
    for (const imported of workshops) {
      // An imported workshop lands in the library, even if it was in someone's Trash when exported.
      const incoming: Workshop = { ...imported, deletedAt: null };
      let workshop = incoming;
      if (present.has(incoming.id) && modeForExisting === 'copy') {
        workshop = reassignIds(incoming, { id: newId(), newId });
        workshop.meta = { ...workshop.meta, title: copyTitle(incoming.meta.title) };
      } else if (present.has(incoming.id)) {
        const previous = await db.workshops.get(incoming.id);
        if (previous) await addVersionRecord(db, previous, 'before-import', 'Before import');
      }
      await putWithSummary(db, workshop);
      stored.push(workshop);
    }
    return stored;
  });
  // After the commit (see restoreVersion): a replaced record's old steps no longer fit it.
  for (const workshop of storedWorkshops) forgetHistory(workshop.id);
  return storedWorkshops;
}
