import { excerpt } from '../../../../shared/text';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T/;

/**
 * A removed row's kept version in one line, "Lee Park · Head of accounts payable": the words
 * people typed, not its ids or timestamps, so the facilitator sees what Restore brings back.
 */
export function keptRowWords(row: unknown, max = 160): string {
  if (typeof row !== 'object' || row === null) return '';
  const words = Object.values(row as Record<string, unknown>)
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.trim())
    .filter((value) => value !== '' && !UUID.test(value) && !TIMESTAMP.test(value));
  return excerpt(words.join(' · '), max);
}
