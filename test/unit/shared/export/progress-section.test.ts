import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { summaryMarkdown } from '../../../../shared/export/markdown';
import { buildProgress } from '../../../../shared/export/progress-section';
import { DEFAULT_SUMMARY_OPTIONS } from '../../../../shared/export/summary-model';
import { SAMPLE_WORKSHOP } from '../../../../shared/method/sample-workshop';

const baseline = { workshop: SAMPLE_WORKSHOP, label: 'Workshop day 1', date: '2026-11-26' };
const later = produce(SAMPLE_WORKSHOP, (d) => {
  d.room.actions[0]!.status = 'done';
  d.endState.whatRuns = `${d.endState.whatRuns} Also credit notes.`;
  d.standards[0]!.owner = 'Tom Okafor';
});

describe('the progress page', () => {
  it('names the baseline, the verdict and the changes per stage', () => {
    const page = buildProgress(baseline, later, '2026-11-27');
    expect(page.title).toBe('Progress since 26 November 2026');
    expect(page.intro).toContain('“Workshop day 1”');
    expect(page.groups.map((g) => g.title)).toEqual(['The end state', 'Production standards', 'Decisions and actions']);
    const lines = page.groups.flatMap((g) => g.lines);
    expect(lines).toContainEqual(expect.objectContaining({ tag: 'Changed', label: 'Standard “Security review”: Owner', text: 'was Aisha Bello; now Tom Okafor' }));
    expect(lines.find((l) => l.label === 'What runs')?.tag).toBe('Edited');
  });

  it('says so when nothing changed', () => {
    const page = buildProgress(baseline, SAMPLE_WORKSHOP, '2026-11-27');
    expect(page.groups).toEqual([]);
    expect(page.verdict).toMatch(/^Verdict unchanged/);
  });

  it('follows the executive summary in Markdown, with the word diff marked', () => {
    const markdown = summaryMarkdown(later, DEFAULT_SUMMARY_OPTIONS, buildProgress(baseline, later, '2026-11-27'));
    const progressAt = markdown.indexOf('## Progress since 26 November 2026');
    expect(progressAt).toBeGreaterThan(markdown.indexOf('## Executive summary'));
    expect(progressAt).toBeLessThan(markdown.indexOf('## ', progressAt + 5) + 1 || Infinity);
    expect(markdown).toContain('**Also credit notes.**');
    expect(markdown).toContain('- **Changed:** Standard “Security review”: Owner: was Aisha Bello; now Tom Okafor');
  });

  it('is left out of the Markdown when there is no baseline', () => {
    expect(summaryMarkdown(later)).not.toContain('Progress since');
  });
});
