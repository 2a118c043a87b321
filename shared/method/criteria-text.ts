import { BLANK } from './criteria-library';

/**
 * How a suggested criterion lives in a standard's acceptance criteria: as one bulleted line of
 * ordinary text that the room then edits. Once added it counts as there even after the room has
 * filled its blanks ("a weekly sample of 50 outputs"), so the library does not offer it twice.
 */

const BULLET = '- ';
/** What a filled-in blank may hold: a number, a name, a few words, on the same line. */
const FILLED_BLANK = '[^\\n]{0,80}?';

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[ \t]+/g, ' ');

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The criterion as a pattern: its words as written (any spacing, either apostrophe), each blank as whatever filled it. */
function criterionPattern(criterion: string): RegExp {
  const withoutFullStop = normalise(criterion).trim().replace(/\.$/, '');
  const parts = withoutFullStop.split(BLANK).map((part) => escapeRegExp(part).replace(/ /g, '\\s+'));
  return new RegExp(parts.join(FILLED_BLANK));
}

/** Whether the text already holds the criterion, as suggested or with its blanks filled in. */
export function hasCriterion(text: string, criterion: string): boolean {
  return criterionPattern(criterion).test(normalise(text));
}

/**
 * The text with the criterion appended as a new bulleted line; the text unchanged when it already
 * holds the criterion; null when the result would be longer than `maxLength` (nothing is cut).
 */
export function withCriterion(text: string, criterion: string, maxLength: number): string | null {
  if (hasCriterion(text, criterion)) return text;
  const kept = text.replace(/\s+$/, '');
  const next = `${kept}${kept === '' ? '' : '\n'}${BULLET}${criterion}`;
  return next.length > maxLength ? null : next;
}
