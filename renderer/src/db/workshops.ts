import { Immer, type Draft } from 'immer';
import { admitWorkshop } from '../../../shared/domain/admit-workshop';
import { checkEdit, checkFieldValue } from '../../../shared/domain/check-edit';
import { createWorkshop } from '../../../shared/domain/create-workshop';
import { migrateFieldPath } from '../../../shared/domain/migrations';
import { reassignIds } from '../../../shared/domain/reassign-ids';
import type { Workshop } from '../../../shared/domain/workshop';
import type { TemplateId } from '../../../shared/method/agenda-templates';
import { syncDerivedFields } from '../../../shared/editing/derived-fields';
import { setAtPath, type FieldPath } from '../../../shared/editing/field-path';
import { diffById } from '../../../shared/editing/id-changes';
import type { EndfirstDatabase } from './database';
import { localDate, newId, nowIso } from './ids';
import { followOwnWorkshopEdit, forgetHistory, recordWorkshopEdit } from './edit-history';
import { addVersionRecord } from './versions';
import { RefusedWriteError } from './refused-write';
import { putAlreadyChecked, putWithSummary, saveWorkshop } from './write';

/**
 * The write path's own immer, without auto-freeze: each commit's result is written to IndexedDB
 * and dropped (the screen reads its own copy back through liveQuery), so deep-freezing the whole
 * workshop on every commit (~15 % of a commit with 500 notes) protects nothing. Patches (the edit
 * check) work the same; enablePatches() in edit-history.ts applies to every immer instance.
 */
const writeImmer = new Immer({ autoFreeze: false });

export async function createNewWorkshop(
  db: EndfirstDatabase,
  input: { template: TemplateId; title: string; facilitator?: string },
): Promise<Workshop> {
  return saveWorkshop(db, createWorkshop({ ...input, id: newId(), now: nowIso(), date: localDate(), newId }));
}

export const getWorkshop = (db: EndfirstDatabase, id: string) => db.workshops.get(id);

/**
 * Every edit goes through here: read, change with immer, write workshop and summary in one
 * transaction. Nothing but Dexie work happens inside it. A recipe that changes nothing writes
 * nothing (and does not bump updatedAt). What the edit changed (diffById, list rows by id) becomes
 * one undo step, recorded only once the transaction has committed; `isTyping` lets a text field's commits merge into one,
 * and `isUndoable: false` keeps an operational change (the timer running) out of the history.
 *
 * The changed record is checked before it is written: only the parts the patches touched, plus
 * the whole-record ID rules (checkEdit explains why not a full parse). A change that would make
 * the workshop invalid throws RefusedWriteError and the transaction aborts, so nothing changes.
 */
export async function updateWorkshop(
  db: EndfirstDatabase,
  id: string,
  recipe: (draft: Draft<Workshop>) => void,
  { isTyping = false, isUndoable = true }: { readonly isTyping?: boolean; readonly isUndoable?: boolean } = {},
): Promise<Workshop | undefined> {
  const result = await db.transaction('rw', db.workshops, db.summaries, async () => {
    const stored = await db.workshops.get(id);
    if (!stored) return undefined;
    const current = atCurrentVersion(db, stored);
    const [changed, patches] = writeImmer.produceWithPatches(current, (draft) => {
      recipe(draft);
      syncDerivedFields(draft);
    });
    const edit = { before: current, after: changed, patches };
    if (changed === current) return { workshop: stored, ...edit };
    const next = { ...changed, updatedAt: nowIso() };
    if (current !== stored) return { workshop: await putWithSummary(db, next), ...edit };
    const problem = checkEdit(next, patches, db.versioning.schema);
    if (problem) throw new RefusedWriteError(problem);
    await putAlreadyChecked(db, next);
    return { workshop: next, ...edit };
  });
  if (!result) return undefined;
  if (result.before === result.after) return result.workshop;
  const changes = diffById(result.before, result.after, result.patches.map((patch) => patch.path));
  if (isUndoable) recordWorkshopEdit(id, { changes, isTyping });
  else followOwnWorkshopEdit(id, changes);
  return result.workshop;
}

/**
 * The gate at read time, for the rare row a database upgrade had to leave at an older version
 * (see upgradeWorkshopRows): an edit to it first upgrades it whole, or is refused.
 */
function atCurrentVersion(db: EndfirstDatabase, stored: Workshop): Workshop {
  if (stored.schemaVersion === db.versioning.targetVersion) return stored;
  const admitted = admitWorkshop(stored, db.versioning);
  if (!admitted.ok) throw new RefusedWriteError(admitted.problem);
  return admitted.workshop;
}

/**
 * The one primitive text fields use: set the value at a path, if that path still exists. A value
 * the field's schema refuses is refused here, before any transaction. `typedAtVersion` is the
 * record version the edit was typed against (the journal keeps it): a field a later version moved
 * is written at its new path. `isUndoable: false` for the journal replay at start-up: recovered
 * text is not a step to take back.
 */
export async function commitField(
  db: EndfirstDatabase,
  id: string,
  path: FieldPath,
  value: unknown,
  { isUndoable = true, typedAtVersion = db.versioning.targetVersion } = {},
): Promise<Workshop | undefined> {
  const { registry, targetVersion, schema } = db.versioning;
  const fieldPath = migrateFieldPath(path, typedAtVersion, registry, targetVersion);
  const problem = checkFieldValue(fieldPath, value, schema);
  if (problem) throw new RefusedWriteError(problem);
  return updateWorkshop(
    db,
    id,
    (draft) => {
      setAtPath(draft, fieldPath, value);
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
  return saveWorkshop(db, copy);
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
 * Stores workshops all-or-nothing, each through the gate (putWithSummary): one the gate refuses
 * aborts the whole import. An id already in the library is replaced (after a
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
      stored.push(await putWithSummary(db, workshop));
    }
    return stored;
  });
  // After the commit (see restoreVersion): a replaced record's old steps no longer fit it.
  for (const workshop of storedWorkshops) forgetHistory(workshop.id);
  return storedWorkshops;
}
