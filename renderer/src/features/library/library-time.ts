/**
 * Dates as a facilitator reads them in the library: "Edited 5 min ago" at a glance, the exact
 * moment in a tooltip. `now` and `locale` are parameters so the table test is deterministic.
 */

const MINUTE = 60_000;

/** Intl formatters are costly to build and the library formats thousands of dates: build each once. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "5 min ago", "3 hours ago", "yesterday", "4 days ago", then a date. */
export function timeAgo(iso: string, now: number, locale?: string): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return 'at an unknown time';
  const elapsed = now - then;
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min ago`;
  if (elapsed < DAY) {
    const hours = Math.floor(elapsed / HOUR);
    return hours === 1 ? '1 hour ago' : `${hours} hours ago`;
  }
  const days = calendarDaysBetween(new Date(then), new Date(now));
  if (days <= 1) return 'yesterday';
  if (days < 7) return `${days} days ago`;
  return `on ${shortDate(new Date(then), new Date(now), locale)}`;
}

export const editedAgo = (iso: string, now: number, locale?: string) => `Edited ${timeAgo(iso, now, locale)}`;

/** The full moment, for a title tooltip: "Tuesday 3 March 2026 at 14:02". */
export function exactTime(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(locale, { dateStyle: 'full', timeStyle: 'short' }).format(date);
}

/** A workshop day stored as YYYY-MM-DD, shown in the facilitator's own calendar ("3 Mar 2026"). */
export function workshopDay(date: string, locale?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  // Built from parts, not Date.parse: "2026-03-03" alone would be read as UTC midnight and shown a day early in the Americas.
  const day = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return formatter(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(day);
}

function shortDate(date: Date, now: Date, locale?: string): string {
  const sameYear = date.getFullYear() === now.getFullYear();
  return formatter(locale, sameYear ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

function calendarDaysBetween(earlier: Date, later: Date): number {
  const start = Date.UTC(earlier.getFullYear(), earlier.getMonth(), earlier.getDate());
  const end = Date.UTC(later.getFullYear(), later.getMonth(), later.getDate());
  return Math.round((end - start) / DAY);
}
