import type * as Y from 'yjs';

/** One splice: at `index`, remove `removed` characters (UTF-16 code units, as Y.Text counts) and insert `inserted`. */
export interface Splice {
  readonly index: number;
  readonly removed: number;
  readonly inserted: string;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * The change from `before` to `after` as one splice, by common prefix and suffix: a keystroke, a
 * paste or a cut is one splice, so the other laptop's words elsewhere in the field stay where they
 * are. Never cuts an emoji (a surrogate pair) in half.
 */
export function spliceBetween(before: string, after: string): Splice {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;
  if (prefix > 0 && prefix < shorter && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix -= 1;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix += 1;
  }
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix -= 1;
  return { index: prefix, removed: before.length - prefix - suffix, inserted: after.slice(prefix, after.length - suffix) };
}

/** Where a position of `base` is in the text after `remote` changed it (inside the changed part: its end). */
function mapPosition(position: number, remote: Splice, isEnd: boolean): number {
  if (position < remote.index || (position === remote.index && !isEnd)) return position;
  if (position >= remote.index + remote.removed) return position + remote.inserted.length - remote.removed;
  return remote.index + remote.inserted.length;
}

/**
 * Writes this laptop's change of a text field (`base` → `target`) into the shared text, which may
 * already hold another laptop's change to the same field: that one stays, and this one lands where
 * its words belong.
 */
export function applyTextChange(text: Y.Text, base: string, target: string): void {
  const local = spliceBetween(base, target);
  if (local.removed === 0 && local.inserted === '') return;
  const current = text.toString();
  const remote = current === base ? null : spliceBetween(base, current);
  const start = remote ? mapPosition(local.index, remote, false) : local.index;
  const end = remote ? Math.max(start, mapPosition(local.index + local.removed, remote, true)) : local.index + local.removed;
  if (end > start) text.delete(start, end - start);
  if (local.inserted !== '') text.insert(start, local.inserted);
}
