import { describe, expect, it } from 'vitest';
import { WorkshopSchema } from '../../../../shared/domain/workshop';
import type { ActionItem } from '../../../../shared/domain/room';
import { buildSummary, nextActions } from '../../../../shared/export/summary-model';
import { formatCentsForExport, formatLongDate } from '../../../../shared/export/format';
import { SAMPLE_WORKSHOP } from '../../../../shared/method/sample-workshop';
import { assessReadiness, explainVerdict } from '../../../../shared/readiness';
import { generateBigWorkshop } from '../../../fixtures/generated/big-workshop';

const act = (n: number, status: ActionItem['status'], due: string | null): ActionItem => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  text: `Action ${n}`,
  ownerParticipantId: null,
  ownerName: '',
  due,
  status,
  statusHistory: [],
});

describe('summary model', () => {
  it.each([
    ['2026-11-26', '26 November 2026'],
    ['2027-01-05', '5 January 2027'],
    ['2027-13-05', '2027-13-05'],
    [null, ''],
  ])('formats the date %j as %j', (iso, expected) => {
    expect(formatLongDate(iso)).toBe(expected);
  });

  it.each([
    [150_000_00, 'EUR', '€150,000'],
    [120_000, 'JPY', 'JP¥1,200'],
    [null, 'EUR', 'not entered'],
  ])('formats %j cents of %s as %j', (cents, currency, expected) => {
    expect(formatCentsForExport(cents, currency)).toBe(expected);
  });

  it('picks the next five actions: not done, soonest due first, undated last', () => {
    const actions = [act(1, 'done', '2026-01-01'), act(2, 'open', null), act(3, 'open', '2027-03-01'), act(4, 'in-progress', '2027-01-01'), act(5, 'open', '2027-02-01'), act(6, 'open', '2027-04-01'), act(7, 'open', '2027-05-01')];
    expect(nextActions(actions).map((a) => a.text)).toEqual(['Action 4', 'Action 5', 'Action 3', 'Action 6', 'Action 7']);
  });

  it('puts the readiness verdict, blocking findings and owner on page one', () => {
    const doc = buildSummary(SAMPLE_WORKSHOP);
    const report = assessReadiness(SAMPLE_WORKSHOP);
    expect(doc.executive.verdictLabel).toBe(report.verdictLabel);
    expect(doc.executive.score).toBe(report.score);
    expect(doc.executive.verdictReason).toBe(explainVerdict(report));
    expect(doc.executive.verdictReason).toBe(
      'Fix before starting: Transition longer than usual, no reason given; Documentation has no owner; and 2 more findings.',
    );
    expect(doc.executive.blockingFindings.map((f) => f.title)).toEqual(report.findings.filter((f) => f.severity === 'blocking').map((f) => f.title));
    expect(doc.executive.owner).toBe('Priya Raman, Accounts Payable Operations (confirmed 26 November 2026)');
    expect(doc.executive.nextActions.rows.length).toBeLessThanOrEqual(5);
    expect(doc.executive.teams.map((t) => t.team)).toContain('Innovation');
  });

  it('keeps every standard and every action as a table row', () => {
    const doc = buildSummary(SAMPLE_WORKSHOP);
    const table = (id: string) => {
      const block = doc.sections.find((s) => s.id === id)?.blocks.find((b) => b.kind === 'table');
      return block?.kind === 'table' ? block.table : undefined;
    };
    expect(table('standards')?.rows.map((r) => r[0])).toEqual(SAMPLE_WORKSHOP.standards.map((s) => s.name));
    expect(table('actions')?.rows.map((r) => r[0])).toEqual(SAMPLE_WORKSHOP.room.actions.map((a) => a.text));
  });

  it('splits a RACI matrix with many parties into tables of at most ten columns, each with every activity', () => {
    const parties = Array.from({ length: 23 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(900 + i).padStart(12, '0')}`,
      label: `Party ${i + 1}`,
      kind: 'team' as const,
      team: null,
      participantId: null,
    }));
    const workshop = { ...SAMPLE_WORKSHOP, raci: { ...SAMPLE_WORKSHOP.raci, parties } };
    const blocks = buildSummary(workshop).sections.find((s) => s.id === 'ownership')?.blocks ?? [];
    const tables = blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
    expect(tables.map((t) => t.columns.length - 1)).toEqual([10, 10, 3]);
    expect(tables.map((t) => /\(columns .*\)$/.exec(t.caption)?.[0])).toEqual(['(columns 1–10 of 23)', '(columns 11–20 of 23)', '(columns 21–23 of 23)']);
    for (const table of tables) expect(table.rows).toHaveLength(SAMPLE_WORKSHOP.raci.activities.length);
  });
});

describe('the generated stress workshop', () => {
  it('is valid against the schema and the same for the same seed', () => {
    const big = generateBigWorkshop();
    const parsed = WorkshopSchema.safeParse(big);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    expect(generateBigWorkshop(1)).toEqual(big);
    expect(generateBigWorkshop(2).id).not.toBe(big.id);
  });

  it('is large: 100 standards and hundreds of actions, decisions and notes', () => {
    const big = generateBigWorkshop();
    expect(big.standards).toHaveLength(100);
    expect(big.room.actions.length).toBeGreaterThan(300);
    expect(big.room.decisions.length).toBeGreaterThan(200);
    expect(big.room.notes.length).toBeGreaterThan(500);
  });
});
