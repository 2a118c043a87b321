import { MAX_FILE_BYTES, parseEndfirstFile } from '../../../../shared/domain/file-format';
import type { Workshop } from '../../../../shared/domain/workshop';

/** Something to import: a File picked or dropped, or a file the OS asked the app to open. */
export type ImportSource =
  | { readonly kind: 'file'; readonly file: File }
  | { readonly kind: 'text'; readonly fileName: string; readonly contents: string };

export type ReadOutcome =
  | { readonly ok: true; readonly fileName: string; readonly workshops: readonly Workshop[] }
  | { readonly ok: false; readonly fileName: string; readonly message: string };

export const sourceName = (source: ImportSource): string =>
  source.kind === 'file' ? source.file.name : source.fileName;

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/**
 * Reads and validates one file. Never throws and never stores anything: the caller stores the
 * workshops only when this says ok. A file over the limit is refused by its size, unread.
 */
export async function readImportSource(source: ImportSource): Promise<ReadOutcome> {
  const fileName = sourceName(source);
  let text: string;
  let byteLength: number | undefined;
  if (source.kind === 'file') {
    byteLength = source.file.size;
    if (byteLength > MAX_FILE_BYTES) {
      return {
        ok: false,
        fileName,
        message: `This file is ${megabytes(byteLength)} MB; Endfirst opens files of up to ${megabytes(MAX_FILE_BYTES)} MB. It is probably not an Endfirst file.`,
      };
    }
    try {
      text = await source.file.text();
    } catch (error) {
      return {
        ok: false,
        fileName,
        message: `This file could not be read (${error instanceof Error ? error.message : String(error)}). If it is a folder, open the .endfirst file inside it.`,
      };
    }
  } else {
    text = source.contents;
  }
  const result = parseEndfirstFile(text, byteLength === undefined ? {} : { byteLength });
  return result.ok
    ? { ok: true, fileName, workshops: result.workshops }
    : { ok: false, fileName, message: result.problem.message };
}

/** "Imported “Invoice triage”", "Imported 3 workshops from “all.endfirst”", "Replaced …". */
export function importedMessage(
  fileName: string,
  stored: readonly Pick<Workshop, 'meta'>[],
  replacedCount: number,
): string {
  const [first] = stored;
  if (stored.length === 1 && first) {
    return `${replacedCount === 1 ? 'Replaced' : 'Imported'} “${first.meta.title}”`;
  }
  const replaced = replacedCount > 0 ? ` (${replacedCount} replaced)` : '';
  return `Imported ${stored.length} workshops from “${fileName}”${replaced}`;
}
