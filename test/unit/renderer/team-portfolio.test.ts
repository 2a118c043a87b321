import { describe, expect, it } from 'vitest';
import type { TeamPlanRecord } from '../../../renderer/src/db/records';
import { groupPortfolio, portfolioPlan } from '../../../renderer/src/features/team/portfolio';

let count = 0;
const plan = (title: string, phase: string, verdict: string | null, updatedAt = '2026-12-01T10:00:00.000Z'): TeamPlanRecord => {
  count += 1;
  return { workshopId: `7e000000-0000-4000-8000-${String(count).padStart(12, '0')}`, title, organisation: 'Northwind', facilitator: 'Ana', phase, verdict, score: 60, updatedAt };
};

describe('a team plan in the portfolio’s words', () => {
  it.each([
    { phase: 'planning', verdict: 'ready', phaseLabel: 'Planning', verdictLabel: 'Ready to start the pilot' },
    { phase: 'pilot', verdict: 'fix-before-starting', phaseLabel: 'Pilot', verdictLabel: 'Fix before starting' },
    { phase: 'go-no-go', verdict: 'do-not-start', phaseLabel: 'Go/no-go', verdictLabel: 'Do not start' },
    { phase: 'transition', verdict: 'fix-before-starting', phaseLabel: 'Transition', verdictLabel: 'Fix before transition' },
    { phase: 'production', verdict: 'ready', phaseLabel: 'In production', verdictLabel: 'Ready for transition' },
    { phase: 'transition', verdict: 'do-not-start', phaseLabel: 'Transition', verdictLabel: 'Do not hand over' },
    { phase: 'stopped', verdict: 'do-not-start', phaseLabel: 'Stopped', verdictLabel: 'Stopped' },
    { phase: 'pilot', verdict: null, phaseLabel: 'Pilot', verdictLabel: 'No verdict yet' },
    { phase: 'pilot', verdict: 'maybe', phaseLabel: 'Pilot', verdictLabel: 'No verdict yet' },
    { phase: 'orbit', verdict: 'ready', phaseLabel: 'Other phase', verdictLabel: 'Ready to start the pilot' },
  ])('$phase, $verdict: $phaseLabel, “$verdictLabel”', ({ phase, verdict, phaseLabel, verdictLabel }) => {
    expect(portfolioPlan(plan('P', phase, verdict))).toMatchObject({ phaseLabel, verdictLabel });
  });
});

describe('grouping the portfolio', () => {
  const invoices = plan('Invoice triage', 'pilot', 'fix-before-starting', '2026-12-03T10:00:00.000Z');
  const claims = plan('Claims summaries', 'pilot', 'ready', '2026-12-05T10:00:00.000Z');
  const contracts = plan('Contract review', 'transition', 'ready', '2026-12-02T10:00:00.000Z');
  const helpdesk = plan('Helpdesk routing', 'stopped', 'do-not-start');
  const planning = plan('Email drafting', 'planning', 'do-not-start');
  const all = [invoices, claims, contracts, helpdesk, planning];
  const shape = (grouping: 'phase' | 'verdict') => groupPortfolio(all, grouping).map((group) => [group.title, group.plans.map((p) => p.entry.title)]);

  it('by phase: in the method’s order, only phases with plans, newest change first', () => {
    expect(shape('phase')).toEqual([
      ['Planning', ['Email drafting']],
      ['Pilot', ['Claims summaries', 'Invoice triage']],
      ['Transition', ['Contract review']],
      ['Stopped', ['Helpdesk routing']],
    ]);
  });

  it('by verdict: the pilot gate’s verdicts, then the hand-over’s, then stopped plans', () => {
    expect(shape('verdict')).toEqual([
      ['Ready to start the pilot', ['Claims summaries']],
      ['Fix before starting', ['Invoice triage']],
      ['Do not start', ['Email drafting']],
      ['Ready for transition', ['Contract review']],
      ['Stopped', ['Helpdesk routing']],
    ]);
  });

  it('is no group at all for an empty portfolio', () => {
    expect(groupPortfolio([], 'phase')).toEqual([]);
  });
});
