import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { WorkshopSchema, type ActionItem } from '../../../../shared/domain';
import { reassignIdsTogether } from '../../../../shared/domain/reassign-ids';
import type { ReadinessPoint } from '../../../../shared/domain/sessions';
import { agendaTotalMinutes, SAMPLE_BASELINE, SAMPLE_WORKSHOP, SESSION_AGENDA_TEMPLATES } from '../../../../shared/method';
import { SAMPLE_BASELINE_VERSION_ID, sampleIds } from '../../../../shared/method/sample-workshop-ids';
import { assessReadiness } from '../../../../shared/readiness';
import {
  changeActionStatus,
  countOverdueDues,
  defaultPresent,
  defaultSessionLabel,
  endSessionInDraft,
  isOverdue,
  lastEndedSession,
  overdueActions,
  runningSession,
  startSessionInDraft,
  statusHistoryText,
  trendGeometry,
  trendPoint,
  trendReason,
  verdictChanges,
} from '../../../../shared/sessions';
import { emptyWorkshop, idMaker, tweak } from '../readiness/builders';

const action = (due: string | null, status: ActionItem['status']): Pick<ActionItem, 'due' | 'status'> => ({ due, status });

describe('overdue actions', () => {
  it.each([
    ['due yesterday, open', action('2026-12-09', 'open'), true],
    ['due yesterday, in progress', action('2026-12-09', 'in-progress'), true],
    ['due yesterday, done', action('2026-12-09', 'done'), false],
    ['due today', action('2026-12-10', 'open'), false],
    ['due tomorrow', action('2026-12-11', 'open'), false],
    ['no due date', action(null, 'open'), false],
    ['due last year', action('2025-12-31', 'open'), true],
  ])('%s', (_case, item, expected) => {
    expect(isOverdue(item, '2026-12-10')).toBe(expected);
  });

  it('keeps the written order and counts library dues against today', () => {
    const items = [action('2026-12-01', 'open'), action('2026-12-20', 'open'), action('2026-11-01', 'in-progress')];
    expect(overdueActions(items, '2026-12-10')).toEqual([items[0], items[2]]);
    expect(countOverdueDues(['2026-11-01', '2026-12-01', '2026-12-20'], '2026-12-10')).toBe(2);
    expect(countOverdueDues(undefined, '2026-12-10')).toBe(0);
  });
});

describe('action status history', () => {
  const start: ActionItem = {
    id: sampleIds.action(1),
    text: 'x',
    ownerParticipantId: null,
    ownerName: '',
    due: null,
    status: 'open',
    statusHistory: [{ status: 'open', on: '2026-11-26' }],
  };
  const change = (item: ActionItem, status: ActionItem['status'], on: string) => produce(item, (draft) => changeActionStatus(draft, status, on));

  it.each([
    ['a change on a later day is appended', [['done', '2026-12-17']], 'done', [['open', '2026-11-26'], ['done', '2026-12-17']]],
    ['the same status records nothing', [['open', '2026-12-17']], 'open', [['open', '2026-11-26']]],
    ['two changes in one day keep the last', [['in-progress', '2026-12-17'], ['done', '2026-12-17']], 'done', [['open', '2026-11-26'], ['done', '2026-12-17']]],
    ['a same-day correction back to the earlier status drops the change', [['done', '2026-12-17'], ['open', '2026-12-17']], 'open', [['open', '2026-11-26']]],
    ['done, then reopened later', [['done', '2026-12-01'], ['open', '2026-12-05']], 'open', [['open', '2026-11-26'], ['done', '2026-12-01'], ['open', '2026-12-05']]],
  ] as const)('%s', (_case, steps, status, history) => {
    const after = steps.reduce<ActionItem>((item, [next, on]) => change(item, next, on), start);
    expect(after.status).toBe(status);
    expect(after.statusHistory).toEqual(history.map(([s, on]) => ({ status: s, on })));
  });

  it('reads as a short trail', () => {
    expect(statusHistoryText([{ status: 'open', on: '2026-11-26' }, { status: 'done', on: '2026-12-17' }], (day) => day.slice(5))).toBe('Open 11-26 → Done 12-17');
    expect(statusHistoryText([], (day) => day)).toBe('');
  });
});

describe('sessions', () => {
  const newId = idMaker('5e55e000');
  const point: ReadinessPoint = { id: newId(), at: '2026-11-05T12:00:00.000Z', label: 'Workshop', sessionId: null, gate: 'pilot', score: 50, verdict: 'do-not-start', reason: 'r' };

  it('ends the running session once, with its baseline and trend point', () => {
    const workshop = emptyWorkshop();
    const session = runningSession(workshop)!;
    const end = { sessionId: session.id, endedAt: '2026-11-05T12:00:00.000Z', endTime: '12:00', baselineVersionId: newId(), point: { ...point, sessionId: session.id } };
    const ended = produce(workshop, (draft) => endSessionInDraft(draft, end));
    expect(runningSession(ended)).toBeNull();
    expect(lastEndedSession(ended)).toMatchObject({ id: session.id, endedAt: end.endedAt, baselineVersionId: end.baselineVersionId, endTime: '12:00' });
    expect(ended.readinessTrend).toHaveLength(1);
    expect(produce(ended, (draft) => endSessionInDraft(draft, end))).toBe(ended);
    expect(WorkshopSchema.safeParse(ended).success).toBe(true);
  });

  it('starts a follow-up only after the running one ended, with the template’s time boxes', () => {
    const workshop = emptyWorkshop();
    const choice = { id: newId(), template: 'follow-up' as const, label: '', date: '2026-11-26', startTime: '10:00', presentParticipantIds: ['not-a-participant'] };
    let refused: string | null = null;
    const still = produce(workshop, (draft) => void (refused = startSessionInDraft(draft, choice, newId)));
    expect(refused).toBe('End the running session first.');
    expect(still).toBe(workshop);

    const ended = tweak(workshop, (w) => void (w.sessions[0]!.endedAt = '2026-11-05T12:00:00.000Z'));
    const started = produce(ended, (draft) => void startSessionInDraft(draft, choice, newId));
    const session = runningSession(started)!;
    expect(session).toMatchObject({ kind: 'follow-up', label: 'Follow-up 1', date: '2026-11-26', presentParticipantIds: [] });
    expect(started.room.agenda.blocks.map((b) => [b.stageId, b.minutes])).toEqual(SESSION_AGENDA_TEMPLATES['follow-up'].blocks.map((b) => [b.stageId, b.minutes]));
    expect(started.room.agenda.startedAt).toBeNull();
    expect(started.meta.template).toBe(workshop.meta.template);
    expect(WorkshopSchema.safeParse(started).success).toBe(true);
    expect(defaultSessionLabel(started, 'follow-up')).toBe('Follow-up 2');
    expect(defaultSessionLabel(started, 'go-no-go')).toBe('Go/no-go review');
  });

  it.each([
    ['follow-up', 60],
    ['go-no-go', 90],
  ] as const)('the %s agenda takes %i minutes', (template, minutes) => {
    expect(agendaTotalMinutes(SESSION_AGENDA_TEMPLATES[template].blocks)).toBe(minutes);
  });

  it('ticks those present last time by default', () => {
    expect(defaultPresent(SAMPLE_WORKSHOP)).toEqual(SAMPLE_WORKSHOP.sessions[1]!.presentParticipantIds);
  });
});

describe('readiness trend', () => {
  const at = (score: number, verdict: ReadinessPoint['verdict'], label: string, reason = `${label} reason`): ReadinessPoint => ({
    id: `${label}-id`,
    at: '2026-11-05T12:00:00.000Z',
    label,
    sessionId: null,
    gate: 'pilot',
    score,
    verdict,
    reason,
  });

  it('lists each change of verdict with the later reason', () => {
    const trend = [at(40, 'do-not-start', 'A'), at(60, 'do-not-start', 'B'), at(85, 'fix-before-starting', 'C'), at(90, 'ready', 'D')];
    expect(verdictChanges(trend).map((change) => change.text)).toEqual([
      'C: Do not start → Fix before starting. C reason',
      'D: Fix before starting → Ready to start the pilot. D reason',
    ]);
    expect(verdictChanges([])).toEqual([]);
  });

  it('places points evenly, the score upwards', () => {
    const g = trendGeometry([at(0, 'do-not-start', 'A'), at(100, 'ready', 'B')]);
    expect(g.dots.map((dot) => [dot.x, dot.y])).toEqual([
      [g.plot.left, g.plot.bottom],
      [g.plot.right, g.plot.top],
    ]);
    expect(g.path).toBe(`M${g.plot.left} ${g.plot.bottom} L${g.plot.right} ${g.plot.top}`);
    expect(trendGeometry([at(50, 'ready', 'A')]).path).toBe('');
    expect(trendGeometry(Array.from({ length: 12 }, (_, i) => at(i, 'ready', `P${i}`))).dots).toHaveLength(8);
  });

  it('takes the score and verdict from the review, and the gate from the go/no-go', () => {
    const workshop = emptyWorkshop();
    const report = assessReadiness(workshop);
    const made = trendPoint(workshop, { id: 'p', at: '2026-11-05T12:00:00.000Z', label: '  ', sessionId: null });
    expect(made).toMatchObject({ score: report.score, verdict: report.verdict, reason: trendReason(report), gate: 'pilot', label: 'Session end' });
    const afterGo = tweak(workshop, (w) => {
      w.pilot.decision.outcome = 'go';
      w.meta.phase = 'transition';
    });
    expect(trendPoint(afterGo, { id: 'p', at: '2026-11-05T12:00:00.000Z', label: 'x', sessionId: null }).gate).toBe('transition');
  });
});

describe('the sample’s history', () => {
  it('has an ended first workshop three weeks before the running follow-up', () => {
    const [first, follow] = SAMPLE_WORKSHOP.sessions;
    expect(first).toMatchObject({ date: '2026-11-05', baselineVersionId: SAMPLE_BASELINE_VERSION_ID });
    expect(first!.endedAt).not.toBeNull();
    expect(follow).toMatchObject({ kind: 'follow-up', date: '2026-11-26', endedAt: null });
    expect(runningSession(SAMPLE_WORKSHOP)?.id).toBe(follow!.id);
  });

  it('its trend point is what the review says of the baseline', () => {
    const report = assessReadiness(SAMPLE_BASELINE);
    expect(SAMPLE_WORKSHOP.readinessTrend).toEqual([
      expect.objectContaining({ score: report.score, verdict: report.verdict, reason: trendReason(report), sessionId: SAMPLE_WORKSHOP.sessions[0]!.id }),
    ]);
  });

  it('the baseline is a valid record that differs realistically', () => {
    expect(WorkshopSchema.safeParse(SAMPLE_BASELINE).success).toBe(true);
    expect(SAMPLE_BASELINE.operatingModel.ownerConfirmed).toBe(false);
    expect(SAMPLE_BASELINE.room.actions.every((a) => a.status === 'open')).toBe(true);
    expect(SAMPLE_BASELINE.room.decisions.length).toBeLessThan(SAMPLE_WORKSHOP.room.decisions.length);
    expect(SAMPLE_BASELINE.standards[0]!.status).not.toBe(SAMPLE_WORKSHOP.standards[0]!.status);
  });

  it('fresh ids keep the sample, its session and its baseline pointing at each other', () => {
    const fresh = reassignIdsTogether({ workshop: SAMPLE_WORKSHOP, version: { id: SAMPLE_BASELINE_VERSION_ID, workshop: SAMPLE_BASELINE } }, idMaker('f0000000'));
    expect(fresh.workshop.sessions[0]!.baselineVersionId).toBe(fresh.version.id);
    expect(fresh.version.id).not.toBe(SAMPLE_BASELINE_VERSION_ID);
    expect(fresh.version.workshop.id).toBe(fresh.workshop.id);
    expect(fresh.version.workshop.room.actions.map((a) => a.id)).toEqual(fresh.workshop.room.actions.map((a) => a.id));
    expect(fresh.workshop.readinessTrend[0]!.sessionId).toBe(fresh.workshop.sessions[0]!.id);
  });
});
