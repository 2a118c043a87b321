import { describeChanges, type ChangeItem, type TextPart } from '../changes';
import type { Workshop } from '../domain/workshop';
import { formatLongDate } from './format';

/**
 * The "Progress since <date>" page of the summary: what changed between a baseline (the state
 * stored when the last session ended) and now, in the same words as the app's "Since…" view.
 * The print route and the Markdown export both render this model, after the executive summary.
 */

export interface Baseline {
  /** In the current record shape (the caller upgrades a stored snapshot first). */
  readonly workshop: Workshop;
  /** The session's name, e.g. "Workshop day 1". */
  readonly label: string;
  /** 'YYYY-MM-DD': the day the session was held. */
  readonly date: string;
}

export interface ProgressLine {
  readonly key: string;
  /** "Added", "Changed", …: the kind of change in a word, so it never depends on colour. */
  readonly tag: string;
  readonly label: string;
  /** The change in plain words ("was Open; now Done"); empty for an added or removed item. */
  readonly text: string;
  /** For edited text: the word diff, for renderers that can show it. */
  readonly parts?: readonly TextPart[];
}

export interface ProgressPage {
  readonly title: string;
  readonly intro: string;
  readonly verdict: string;
  readonly appeared: readonly string[];
  readonly cleared: readonly string[];
  readonly groups: readonly { readonly id: string; readonly title: string; readonly lines: readonly ProgressLine[] }[];
  readonly empty: string;
}

const TAGS: Readonly<Record<ChangeItem['kind'], string>> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  reordered: 'Moved',
  text: 'Edited',
};

function lineText(item: ChangeItem): string {
  switch (item.kind) {
    case 'added':
    case 'removed':
      return '';
    case 'reordered':
      return `moved from position ${item.before ?? '?'} to ${item.after ?? '?'}`;
    case 'text':
      return `now: ${item.after ?? ''}`;
    case 'changed':
      return `was ${item.before ?? 'not set'}; now ${item.after ?? 'not set'}`;
  }
}

export function buildProgress(baseline: Baseline, current: Workshop, today: string): ProgressPage {
  const report = describeChanges(baseline.workshop, current, today);
  const { before, after } = report.readiness;
  const day = formatLongDate(baseline.date);
  const name = baseline.label.trim();
  return {
    title: `Progress since ${day}`,
    intro: `What changed since ${name ? `“${name}” on ` : ''}${day}, stage by stage, most important first.`,
    verdict:
      before.verdict === after.verdict && before.score === after.score
        ? `Verdict unchanged: ${after.verdictLabel} (score ${after.score} of 100).`
        : `Verdict: was ${before.verdictLabel} (score ${before.score}); now ${after.verdictLabel} (score ${after.score}).`,
    appeared: report.readiness.appeared.map((f) => `${f.title}. ${f.message}`),
    cleared: report.readiness.cleared.map((f) => `${f.title}. ${f.message}`),
    groups: report.groups.map((group) => ({
      id: group.id,
      title: group.title,
      lines: group.items.map((item) => ({
        key: item.key,
        tag: TAGS[item.kind],
        label: item.label,
        text: lineText(item),
        ...(item.parts ? { parts: item.parts } : {}),
      })),
    })),
    empty: 'Nothing in the plan has changed since then.',
  };
}
