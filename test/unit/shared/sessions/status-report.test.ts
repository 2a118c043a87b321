import { describe, expect, it } from 'vitest';
import { actionStatusCell } from '../../../../shared/export/summary-model';
import { changesSince, statusReport } from '../../../../shared/export/status-report';
import { parsePrintRoute, printRouteHash, DEFAULT_PRINT_REQUEST } from '../../../../shared/export/print-route';
import { SAMPLE_WORKSHOP } from '../../../../shared/method';
import { sampleIds } from '../../../../shared/method/sample-workshop-ids';
import { assessReadiness } from '../../../../shared/readiness';
import { tweak } from '../readiness/builders';

const actionOf = (n: number) => SAMPLE_WORKSHOP.room.actions.find((action) => action.id === sampleIds.action(n))!;

describe('the actions table cell', () => {
  it.each([
    ['not overdue without a today', 1, null, 'Open'],
    ['overdue after its day', 1, '2026-12-05', 'Open · Overdue'],
    ['not overdue on its day', 1, '2026-12-04', 'Open'],
    ['with its history', 4, '2026-11-30', 'In progress (Open 5 Nov → In progress 12 Nov)'],
    ['done is never overdue', 6, '2027-01-01', 'Done (Open 5 Nov → Done 20 Nov)'],
  ] as const)('%s', (_case, n, today, expected) => {
    expect(actionStatusCell(actionOf(n), today)).toBe(expected);
  });
});

describe('the status report', () => {
  it('says where the sample stands at its follow-up, what moved since the workshop, and the next gate', () => {
    const report = statusReport(SAMPLE_WORKSHOP, '2026-12-06');
    const now = assessReadiness(SAMPLE_WORKSHOP);
    expect(report).toMatchObject({ verdict: now.verdict, score: now.score, subtitle: 'Status report · Follow-up 1 · 26 November 2026' });
    expect(report.sinceLabel).toBe('Since Workshop (5 November 2026)');
    expect(report.changes).toEqual([
      '1 action done, 2 actions changed status',
      '1 decision taken',
      '0 standards met with evidence',
      `Score up ${now.score - SAMPLE_WORKSHOP.readinessTrend[0]!.score} to ${now.score}`,
    ]);
    // Due 4 Dec and not done: actions 1, 3 and 4.
    expect(report.overdue.map((action) => action.text)).toEqual([actionOf(1).text, actionOf(3).text, actionOf(4).text]);
    expect(report.nextGate).toBe('Go/no-go on 12 March 2027.');
  });

  it.each([
    ['after "go" the next gate is the hand-over', 'go', 'Hand-over to operations: the transition must meet its exit criteria.'],
    ['after "stop" there is none', 'stop', 'None: the pilot was stopped.'],
  ] as const)('%s', (_case, outcome, gate) => {
    // Recording a decision moves the phase with it (pilot-results recipes); the gate follows the phase.
    const decided = tweak(SAMPLE_WORKSHOP, (w) => {
      w.pilot.decision.outcome = outcome;
      w.meta.phase = outcome === 'go' ? 'transition' : 'stopped';
    });
    expect(statusReport(decided, '2026-12-06').nextGate).toBe(gate);
  });

  it('counts nothing before any session ended', () => {
    const fresh = tweak(SAMPLE_WORKSHOP, (w) => {
      w.sessions = [{ ...w.sessions[0]!, endedAt: null, baselineVersionId: null }];
      w.readinessTrend = [];
    });
    expect(statusReport(fresh, '2026-12-06')).toMatchObject({ sinceLabel: null, changes: [] });
    expect(changesSince(fresh, '2026-11-27')[0]).toBe('0 actions done, 0 actions changed status');
  });

  it('is asked for in the print route, and only then', () => {
    const hash = printRouteHash('w', { ...DEFAULT_PRINT_REQUEST, statusReport: true });
    expect(hash).toContain('report=status');
    expect(parsePrintRoute(hash.slice('#/print/'.length)).statusReport).toBe(true);
    expect(parsePrintRoute('w?paper=a4').statusReport).toBeUndefined();
  });
});
