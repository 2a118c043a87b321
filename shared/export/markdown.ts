import type { Workshop } from '../domain/workshop';
import { progressMarkdown } from './progress-markdown';
import type { ProgressPage } from './progress-section';
import { buildSummary, DEFAULT_SUMMARY_OPTIONS, type Block, type Section, type SummaryOptions, type SummaryTable } from './summary-model';

/**
 * The session summary as Markdown, with the same structure as the PDF (summary-model.ts). User
 * text is escaped so a renderer shows it literally: `<img src=x onerror=alert(1)>` stays text,
 * `*` stays an asterisk, a title starting with `#` is not a heading.
 */

/** CommonMark's backslash escapes, for the characters that would otherwise turn text into markup. */
export function escapeMarkdown(value: string): string {
  return (
    value
      .replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`)
      // An entity ("&amp;") would be decoded; a plain "&" is left readable.
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
      // Line-start markers: headings, lists, quotes, thematic breaks.
      .replace(/^(\s*)([#+\-=])/gm, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
  );
}

/** A table cell must stay on one line; a paragraph break inside it becomes a <br>. */
function cell(value: string): string {
  return escapeMarkdown(value.trim()).replace(/(?:\r\n?|\n)+/g, '<br>');
}

function table(t: SummaryTable): string {
  if (t.rows.length === 0) return `_${escapeMarkdown(t.empty)}_`;
  const head = `| ${t.columns.map((c) => cell(c.label)).join(' | ')} |`;
  const rule = `| ${t.columns.map(() => '---').join(' | ')} |`;
  const rows = t.rows.map((row) => `| ${row.map(cell).join(' | ')} |`);
  return [head, rule, ...rows].join('\n');
}

/** A multi-line value keeps its paragraphs, indented under its label. */
function paragraphs(value: string): string {
  return escapeMarkdown(value.trim()).replace(/\r\n?|\n/g, '  \n');
}

function block(b: Block): string | null {
  switch (b.kind) {
    case 'heading':
      return `### ${escapeMarkdown(b.text)}`;
    case 'paragraph':
      return paragraphs(b.text);
    case 'facts':
      return b.facts.map((f) => `- **${escapeMarkdown(f.label)}:** ${paragraphs(f.value)}`).join('\n');
    case 'list':
      return b.items.length === 0 ? `_${escapeMarkdown(b.empty)}_` : b.items.map((item) => `- ${paragraphs(item)}`).join('\n');
    case 'table':
      return table(b.table);
    case 'lifecycle-chart':
    case 'trend-chart':
      // The table that follows carries the same numbers.
      return null;
  }
}

function section(s: Section): string {
  return [`## ${escapeMarkdown(s.title)}`, ...s.blocks.map(block).filter((text): text is string => text !== null)].join('\n\n');
}

/** `progress`: the "Progress since…" page, when the workshop has a session baseline. */
export function summaryMarkdown(workshop: Workshop, options: SummaryOptions = DEFAULT_SUMMARY_OPTIONS, progress: ProgressPage | null = null): string {
  const doc = buildSummary(workshop, options);
  const e = doc.executive;
  const summary = [
    `## Executive summary`,
    [
      `- **Workshop:** ${escapeMarkdown(doc.title)}`,
      ...(e.organisation ? [`- **Organisation:** ${escapeMarkdown(e.organisation)}`] : []),
      `- **Date:** ${escapeMarkdown(e.date)}`,
      `- **Facilitator:** ${escapeMarkdown(e.facilitator)}`,
      ...(e.capability ? [`- **Capability:** ${paragraphs(e.capability)}`] : []),
    ].join('\n'),
    `### Verdict: ${escapeMarkdown(e.gateOnPage1.finished?.label ?? e.verdictLabel)} (score ${e.score} of 100)`,
    escapeMarkdown(e.gateOnPage1.finished?.reason ?? e.verdictReason),
    ...(e.gateOnPage1.decision && !e.gateOnPage1.finished ? [escapeMarkdown(e.gateOnPage1.decision)] : []),
    e.blockingFindings.length > 0
      ? ['**Blocking findings**', e.blockingFindings.map((f) => `- **${escapeMarkdown(f.title)}.** ${escapeMarkdown(f.message)}`).join('\n')].join('\n\n')
      : `_${escapeMarkdown(e.gateOnPage1.nothingBlocks)}_`,
    ...(e.warnings.total > 0
      ? [
          [
            `**Warnings (${e.warnings.total})**`,
            [...e.warnings.titles.map((t) => `- ${escapeMarkdown(t)}`), ...(e.warnings.total > e.warnings.titles.length ? [`- and ${e.warnings.total - e.warnings.titles.length} more`] : [])].join('\n'),
          ].join('\n\n'),
        ]
      : []),
    [
      `- **Operational owner:** ${escapeMarkdown(e.owner)}`,
      `- **Lifecycle cost:** ${escapeMarkdown(e.costHeadline)}`,
      `- **The gate:** ${escapeMarkdown(e.gate.message)}`,
    ].join('\n'),
    '### Who was in the room',
    e.teams.length === 0 ? '_No participants were listed._' : e.teams.map((t) => `- **${escapeMarkdown(t.team)}:** ${escapeMarkdown(t.people.join('; '))}`).join('\n'),
    '### Next actions',
    table(e.nextActions),
  ].join('\n\n');
  const parts = [
    `# ${escapeMarkdown(doc.title)}`,
    `_${escapeMarkdown(doc.subtitle)}_`,
    summary,
    ...(progress ? [progressMarkdown(progress)] : []),
    ...doc.sections.map(section),
    ...doc.appendix.map(section),
  ];
  return `${parts.join('\n\n')}\n`;
}
