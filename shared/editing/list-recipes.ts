/**
 * Edits to a list of items that carry an id, written for immer drafts (or fresh copies): every
 * stage adds, changes, removes and reorders its rows through these, always by id. A row addressed
 * by its index would hit the wrong row when another edit (undo, a second window, the drawer over
 * the stage) reorders the list in between; an id that is gone makes the edit a no-op instead.
 */
export interface HasId {
  readonly id: string;
}

/** Appends `item` unless the list is already at `limit`. Returns whether it was added. */
export function addItem<T>(list: T[], item: T, limit = Number.POSITIVE_INFINITY): boolean {
  if (list.length >= limit) return false;
  list.push(item);
  return true;
}

/** Applies `change` to the item with this id, if there is one. Returns whether it was found. */
export function updateItem<T extends HasId>(list: T[], id: string, change: Partial<T> | ((item: T) => void)): boolean {
  const item = list.find((candidate) => candidate.id === id);
  if (item === undefined) return false;
  if (typeof change === 'function') change(item);
  else Object.assign(item, change);
  return true;
}

/** Removes the item with this id (and only when `canRemove` allows it). Returns whether it went. */
export function removeItem<T extends HasId>(list: T[], id: string, canRemove: (item: T) => boolean = () => true): boolean {
  const index = list.findIndex((candidate) => candidate.id === id);
  if (index === -1 || !canRemove(list[index]!)) return false;
  list.splice(index, 1);
  return true;
}

/** Moves the item with this id `offset` places (−1 up, +1 down), stopping at either end. */
export function moveItem<T extends HasId>(list: T[], id: string, offset: number): boolean {
  const from = list.findIndex((candidate) => candidate.id === id);
  if (from === -1) return false;
  const to = Math.min(list.length - 1, Math.max(0, from + offset));
  if (to === from) return false;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item!);
  return true;
}

/**
 * The four edits for one list in a document, as recipes `(draft) => void` ready for an edit call:
 * `participants.remove(id)` is a recipe that removes that participant.
 */
export function listRecipes<Root, T extends HasId>(select: (root: Root) => T[], limit = Number.POSITIVE_INFINITY) {
  return {
    add: (item: T) => (root: Root) => void addItem(select(root), item, limit),
    update: (id: string, change: Partial<T> | ((item: T) => void)) => (root: Root) => void updateItem(select(root), id, change),
    remove: (id: string) => (root: Root) => void removeItem(select(root), id),
    move: (id: string, offset: number) => (root: Root) => void moveItem(select(root), id, offset),
  };
}
