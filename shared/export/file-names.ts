/**
 * File names for exports: `2026-11-26 Invoice triage - Endfirst summary.pdf`. The workshop date
 * comes first so a folder sorts by date; the title loses the characters Windows or macOS refuse.
 */

// Also the invisible direction and zero-width marks, which can make a shown file name lie about its extension.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAMES = /[<>:"/\\|?*\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const MAX_TITLE_LENGTH = 80;

export function safeFileTitle(title: string): string {
  const cleaned = title.normalize('NFC').replace(UNSAFE_IN_FILE_NAMES, ' ').replace(/\s+/g, ' ').trim();
  // Cut by code point so an emoji is never split; Windows refuses names ending in a dot or space.
  const cut = Array.from(cleaned).slice(0, MAX_TITLE_LENGTH).join('');
  return cut.replace(/[.\s]+$/u, '').replace(/^[.\s]+/u, '') || 'Untitled workshop';
}

export type ExportKind = 'summary-pdf' | 'summary-markdown' | 'actions-csv';

const SUFFIX: Record<ExportKind, string> = {
  'summary-pdf': ' - Endfirst summary.pdf',
  'summary-markdown': ' - Endfirst summary.md',
  'actions-csv': ' - actions.csv',
};

export function exportFileName(meta: { readonly date: string; readonly title: string }, kind: ExportKind): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? `${meta.date} ` : '';
  return `${date}${safeFileTitle(meta.title)}${SUFFIX[kind]}`;
}
