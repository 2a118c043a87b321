import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../../../shared/domain';
import { decisionLine, gateOnPage1, hasResults, pilotResultsBlocks } from '../../../../shared/export/go-no-go-summary';
import { summaryMarkdown } from '../../../../shared/export/markdown';
import { buildSummary } from '../../../../shared/export/summary-model';
import { SAMPLE_WORKSHOP } from '../../../../shared/method/sample-workshop';
import { assessReadiness } from '../../../../shared/readiness';

const owner = SAMPLE_WORKSHOP.operatingModel.ownerParticipantId!;
const ownerName = SAMPLE_WORKSHOP.participants.find((p) => p.id === owner)!.name;

const decided = (outcome: 'go' | 'extend' | 'stop', change: (w: Workshop) => void = () => undefined) =>
  produce(SAMPLE_WORKSHOP, (w) => {
    w.meta.phase = outcome === 'go' ? 'transition' : outcome === 'stop' ? 'stopped' : 'pilot';
    w.pilot.decision = { outcome, decidedOn: '2027-03-01', rationale: 'Three of four hypotheses met.' };
    w.pilot.deciderParticipantId = owner;
    w.pilot.hypotheses[0]!.result = { outcome: 'met', figure: '96.2% in the right queue', evidence: 'March routing report', measuredOn: '2027-02-26' };
    change(w);
  });

describe('the results part of the pilot section', () => {
  it.each([
    { name: 'the sample, still planning, nothing measured', workshop: SAMPLE_WORKSHOP, shown: false },
    { name: 'in the pilot, nothing measured yet', workshop: produce(SAMPLE_WORKSHOP, (w) => void (w.meta.phase = 'pilot')), shown: true },
    {
      name: 'planning, but one figure written',
      workshop: produce(SAMPLE_WORKSHOP, (w) => void (w.pilot.hypotheses[0]!.result.figure = '90%')),
      shown: true,
    },
    { name: 'decided', workshop: decided('go'), shown: true },
  ])('$name: shown $shown', ({ workshop, shown }) => {
    expect(hasResults(workshop)).toBe(shown);
    expect(pilotResultsBlocks(workshop).length > 0).toBe(shown);
  });

  it('lists each hypothesis with its result, figure, evidence and date, then the decision', () => {
    const blocks = pilotResultsBlocks(decided('go'));
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.table.rows[0]).toEqual([
      SAMPLE_WORKSHOP.pilot.hypotheses[0]!.statement,
      'Met',
      '96.2% in the right queue',
      'March routing report',
      '26 Feb 2027',
    ]);
    const facts = blocks.find((b) => b.kind === 'facts');
    expect(facts?.kind === 'facts' && facts.facts).toEqual([
      { label: 'Decision', value: 'Go to transition' },
      { label: 'Decided on', value: '1 March 2027' },
      { label: 'Decided by', value: ownerName },
      { label: 'Rationale', value: 'Three of four hypotheses met.' },
    ]);
  });

  it.each([
    { outcome: 'go', line: `Go to transition on 1 March 2027, decided by ${ownerName}.` },
    { outcome: 'extend', line: `Extend the pilot on 1 March 2027, decided by ${ownerName}.` },
    { outcome: 'stop', line: `Stop on 1 March 2027, decided by ${ownerName}.` },
  ] as const)('says the decision in one line: $outcome', ({ outcome, line }) => {
    expect(decisionLine(decided(outcome))).toBe(line);
  });

  it('says nothing of a decision not taken', () => {
    expect(decisionLine(SAMPLE_WORKSHOP)).toBeNull();
  });
});

describe('page 1 speaks of the gate', () => {
  it.each([
    { name: 'before go', workshop: SAMPLE_WORKSHOP, kicker: 'Readiness verdict', finished: null, nothingBlocks: 'Nothing blocks the pilot.' },
    { name: 'after go', workshop: decided('go'), kicker: 'Transition readiness', finished: null, nothingBlocks: 'Nothing blocks the hand-over.' },
    {
      name: 'stopped',
      workshop: decided('stop'),
      kicker: 'The go/no-go',
      finished: { label: 'Stopped on 1 March 2027', reason: 'Three of four hypotheses met.' },
      nothingBlocks: 'Nothing blocks: the plan is finished.',
    },
  ])('$name', ({ workshop, kicker, finished, nothingBlocks }) => {
    expect(gateOnPage1(workshop, assessReadiness(workshop))).toMatchObject({ kicker, finished, nothingBlocks });
  });

  it('puts the transition verdict, the results and the decision in the Markdown', () => {
    const md = summaryMarkdown(decided('go'));
    expect(md).toMatch(/### Verdict: (Ready for transition|Fix before transition|Do not hand over) \(score \d+ of 100\)/);
    expect(md).toContain(`Go to transition on 1 March 2027, decided by ${ownerName}.`);
    expect(md).toContain('| Hypothesis | Result | Figure | Evidence | Measured |');
    expect(md).toContain('96\\.2% in the right queue'); // Markdown escapes the dot
    expect(md).toContain('**Rationale:** Three of four hypotheses met.');
    expect(buildSummary(decided('go')).executive.verdictLabel).toBe(assessReadiness(decided('go')).verdictLabel);
  });

  it('reports a stopped plan as finished in the Markdown, not as a verdict to fix', () => {
    const md = summaryMarkdown(decided('stop'));
    expect(md).toContain('### Verdict: Stopped on 1 March 2027');
    expect(md).not.toContain('Do not start');
  });
});
