/**
 * The small words around the workshop's data, in one place so every screen, export and finding
 * says them the same way: counts, excerpts, lists of names, calendar days and status labels.
 */

/** "1 decision", "3 decisions". */
export const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** "1 decision", "3 decisions", for nouns that take an s. */
export const countOf = (count: number, noun: string): string => plural(count, noun, `${noun}s`);

/** Collapses runs of whitespace (a pasted paragraph's line breaks) to one line. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Never leave half of a surrogate pair (an emoji) at the end of a cut. */
const cutAt = (line: string, length: number): string => line.slice(0, /[\uD800-\uDBFF]$/.test(line.slice(0, length)) ? length - 1 : length);

/** One line of someone's text, cut at a word boundary to name it in a label: "A carrier changed its…". */
export function excerpt(text: string, max = 70): string {
  const line = oneLine(text);
  if (line.length <= max) return line;
  const cut = cutAt(line, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** One line of someone's text cut at `max` characters, mid-word if need be, for a finding's message. */
export function clip(text: string, max = 80): string {
  const line = oneLine(text);
  return line.length <= max ? line : `${cutAt(line, max - 1).trimEnd()}…`;
}

/** "a", "a and b", "a, b and c"; past `max` words, "a, b, c and 2 more". */
export function joinWords(words: readonly string[], max = Number.POSITIVE_INFINITY): string {
  if (words.length <= 1) return words.join('');
  if (words.length > max) return `${words.slice(0, max).join(', ')} and ${words.length - max} more`;
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

/**
 * A stored 'YYYY-MM-DD' in the reader's words ("24 May 2027" in en-GB, "May 24, 2027" in en-US),
 * read as a calendar day so no time zone shifts it; anything else comes back as it was.
 */
export function formatDay(day: string, locale?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(time);
}

/** A stored 'YYYY-MM-DD' as "26 Nov" (in the reader's words), for compact histories; anything else as it was. */
export function formatShortDay(day: string, locale?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day) return day;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(time);
}

/** What an action's status is called, on screen and in every export. */
export const ACTION_STATUS_LABELS = { open: 'Open', 'in-progress': 'In progress', done: 'Done' } as const;

/** What a standard's status is called, on screen and in every export. */
export const STANDARD_STATUS_LABELS = {
  'not-discussed': 'Not discussed',
  defined: 'Defined',
  agreed: 'Agreed',
  'in-progress': 'In progress',
  met: 'Met',
  waived: 'Waived',
} as const;
