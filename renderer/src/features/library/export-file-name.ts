import { ENDFIRST_FILE_EXTENSION } from '../../../../shared/domain/file-format';

/** Characters no file system accepts in a name (Windows is the strictest), plus control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAMES = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const MAX_TITLE_LENGTH = 80;

/** A title made safe to be part of a file name on Windows, macOS and Linux. */
export function safeFileTitle(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(UNSAFE_IN_FILE_NAMES, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Cut by code point so an emoji is never split in half; Windows refuses names ending in a dot or space.
  const cut = Array.from(cleaned).slice(0, MAX_TITLE_LENGTH).join('');
  return cut.replace(/[.\s]+$/u, '').replace(/^[.\s]+/u, '') || 'Untitled workshop';
}

/** "2026-03-03 Invoice triage.endfirst": sorts by date in any file browser. */
export function workshopFileName(workshop: { readonly date: string; readonly title: string }): string {
  return `${workshop.date} ${safeFileTitle(workshop.title)}.${ENDFIRST_FILE_EXTENSION}`;
}

/** "2026-03-03 All workshops (12).endfirst", for "Export all". */
export function bundleFileName(today: string, count: number): string {
  return `${today} All workshops (${count}).${ENDFIRST_FILE_EXTENSION}`;
}
