import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../../shared/domain/room';
import type { Workshop } from '../../../../shared/domain/workshop';
import { actionsCsv, csvField, neutraliseFormula } from '../../../../shared/export/actions-csv';
import { exportFileName, safeFileTitle } from '../../../../shared/export/file-names';
import { escapeMarkdown, summaryMarkdown } from '../../../../shared/export/markdown';
import { SAMPLE_WORKSHOP } from '../../../../shared/method/sample-workshop';

const XSS = '<img src=x onerror=alert(1)>';

function withActions(actions: ActionItem[], title = SAMPLE_WORKSHOP.meta.title): Workshop {
  return { ...SAMPLE_WORKSHOP, meta: { ...SAMPLE_WORKSHOP.meta, title }, room: { ...SAMPLE_WORKSHOP.room, actions } };
}

const action = (text: string, ownerName = 'Someone outside', due: string | null = null): ActionItem => ({
  id: '00000000-0000-4000-8000-00000000a001',
  text,
  ownerParticipantId: null,
  ownerName,
  due,
  status: 'open',
  statusHistory: [],
});

describe('export file names', () => {
  it.each([
    ['Invoice triage', 'summary-pdf', '2026-11-26 Invoice triage - Endfirst summary.pdf'],
    ['Invoice triage', 'summary-markdown', '2026-11-26 Invoice triage - Endfirst summary.md'],
    ['Invoice triage', 'actions-csv', '2026-11-26 Invoice triage - actions.csv'],
    ['AP: Q3/Q4 <review>?', 'summary-pdf', '2026-11-26 AP Q3 Q4 review - Endfirst summary.pdf'],
    ['  ...  ', 'summary-pdf', '2026-11-26 Untitled workshop - Endfirst summary.pdf'],
    ['Ends with a dot.', 'actions-csv', '2026-11-26 Ends with a dot - actions.csv'],
    ['tab\there\u0007', 'summary-pdf', '2026-11-26 tab here - Endfirst summary.pdf'],
    ['Report\u202Efdp.exe', 'summary-pdf', '2026-11-26 Report fdp.exe - Endfirst summary.pdf'],
    ['zero\u200Bwidth', 'actions-csv', '2026-11-26 zero width - actions.csv'],
  ] as const)('%j as %s → %s', (title, kind, expected) => {
    expect(exportFileName({ date: '2026-11-26', title }, kind)).toBe(expected);
  });

  it('cuts a long title by code point, never through an emoji', () => {
    const title = `${'a'.repeat(79)}🙂🙂`;
    expect(safeFileTitle(title)).toBe(`${'a'.repeat(79)}🙂`);
  });

  it('leaves out a date that is not a calendar date', () => {
    expect(exportFileName({ date: '../..', title: 'X' }, 'summary-pdf')).toBe('X - Endfirst summary.pdf');
  });
});

describe('actions CSV', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1 555', `"'+1 555"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tinjected', `"'\tinjected"`],
    ['plain, with "quotes"', `"plain, with ""quotes"""`],
    ['line\nbreak', `"line\nbreak"`],
    ['', `""`],
  ])('%j → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('does not touch text that only contains a formula character later', () => {
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });

  it('starts with a UTF-8 BOM, uses CRLF and quotes every field', () => {
    const csv = actionsCsv(withActions([action('Prüfen: €-Beträge', 'Jürgen Müller', '2027-01-15')]));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual(['"What","Owner","Due","Status"', '"Prüfen: €-Beträge","Jürgen Müller","2027-01-15","Open"', '']);
  });

  it('names a participant owner by their current name', () => {
    const [first] = SAMPLE_WORKSHOP.participants;
    const csv = actionsCsv(withActions([{ ...action('Call the carrier', 'Old name'), ownerParticipantId: first!.id }]));
    expect(csv).toContain(`"Call the carrier","${first!.name}"`);
  });

  it('matches the committed snapshot for the sample workshop', async () => {
    await expect(actionsCsv(SAMPLE_WORKSHOP)).toMatchFileSnapshot('__snapshots__/sample-actions.csv');
  });
});

describe('Markdown summary', () => {
  it.each([
    [XSS, '\\<img src=x onerror=alert(1)\\>'],
    ['# not a heading', '\\# not a heading'],
    ['*bold* _it_ `code` [link](x)', '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x)'],
    ['a | b', 'a \\| b'],
    ['Hollis & Brandt', 'Hollis & Brandt'],
    ['&amp; stays literal', '\\&amp; stays literal'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
  ])('escapes %j as %j', (value, expected) => {
    expect(escapeMarkdown(value)).toBe(expected);
  });

  it('keeps a hostile title as text in the heading and never as HTML', () => {
    const md = summaryMarkdown(withActions([action(XSS)], XSS));
    expect(md.startsWith(`# \\<img src=x onerror=alert(1)\\>\n`)).toBe(true);
    expect(md).not.toMatch(/(^|[^\\])<img/);
  });

  it('has the sections of the PDF in workshop order', () => {
    const headings = summaryMarkdown(SAMPLE_WORKSHOP)
      .split('\n')
      .filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Executive summary',
      '## End state and pre-mortem',
      '## Operating model',
      '## Production standards',
      '## Lifecycle cost',
      '## Ownership (RACI)',
      '## Transition plan',
      '## Pilot design',
      '## Decisions',
      '## Actions',
      // The sample has a history: its first session's readiness.
      '## Readiness over time',
      '## Parking lot',
      '## Appendix A. Captured notes',
      '## Appendix B. Vote results',
    ]);
  });

  it('leaves out the appendix, and adds facilitator notes, only when asked', () => {
    const without = summaryMarkdown(SAMPLE_WORKSHOP, { includeAppendix: false, includeFacilitatorNotes: false });
    expect(without).not.toContain('Appendix');
    expect(without).not.toContain('## Facilitator notes');
    const notes = Object.values(SAMPLE_WORKSHOP.room.facilitatorNotes).filter(Boolean);
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(without).not.toContain(escapeMarkdown(note!.trim()).split('\n')[0]!);
    const withNotes = summaryMarkdown(SAMPLE_WORKSHOP, { includeAppendix: false, includeFacilitatorNotes: true });
    expect(withNotes).toContain('## Facilitator notes');
  });

  it('names the verdict, the owner, every standard and every action', () => {
    const md = summaryMarkdown(SAMPLE_WORKSHOP);
    expect(md).toMatch(/### Verdict: (Fix before starting|Do not start|Ready to start the pilot) \(score \d+ of 100\)/);
    expect(md).toContain('**Operational owner:** Priya Raman, Accounts Payable Operations');
    for (const standard of SAMPLE_WORKSHOP.standards) expect(md).toContain(escapeMarkdown(standard.name));
    for (const item of SAMPLE_WORKSHOP.room.actions) expect(md).toContain(escapeMarkdown(item.text));
  });

  it('matches the committed snapshot for the sample workshop', async () => {
    await expect(summaryMarkdown(SAMPLE_WORKSHOP)).toMatchFileSnapshot('__snapshots__/sample-summary.md');
  });
});
