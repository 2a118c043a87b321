import { escapeMarkdown } from './markdown';
import type { ProgressLine, ProgressPage } from './progress-section';

/** Edited text keeps its word diff: removed words struck through (~~…~~), added ones in bold. */
function line(entry: ProgressLine): string {
  const head = `- **${escapeMarkdown(entry.tag)}:** ${escapeMarkdown(entry.label)}`;
  if (entry.parts) {
    const words = entry.parts
      .map((part) => {
        const text = escapeMarkdown(part.text.replace(/\s+/g, ' '));
        if (part.change === 'same' || !text.trim()) return text;
        const padded = /^(\s*)(.*?)(\s*)$/.exec(text) ?? ['', '', text, ''];
        return `${padded[1]}${part.change === 'added' ? `**${padded[2]}**` : `~~${padded[2]}~~`}${padded[3]}`;
      })
      .join('');
    return `${head}  \n  ${words}`;
  }
  return entry.text ? `${head}: ${escapeMarkdown(entry.text)}` : head;
}

export function progressMarkdown(page: ProgressPage): string {
  const findings = (title: string, items: readonly string[]) =>
    items.length === 0 ? [] : [`**${title}**`, items.map((item) => `- ${escapeMarkdown(item)}`).join('\n')];
  return [
    `## ${escapeMarkdown(page.title)}`,
    `_${escapeMarkdown(page.intro)}_`,
    escapeMarkdown(page.verdict),
    ...findings('New warning signs', page.appeared),
    ...findings('Cleared', page.cleared),
    ...(page.groups.length === 0
      ? [`_${escapeMarkdown(page.empty)}_`]
      : page.groups.flatMap((group) => [`### ${escapeMarkdown(group.title)}`, group.lines.map(line).join('\n')])),
  ].join('\n\n');
}
