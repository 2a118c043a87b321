import type { LifecycleResult } from '../cost/lifecycle';
import { lifecycleOfCost } from '../cost/stored-cost';
import type { RiskAnswer } from '../domain/end-state';
import type { Participant } from '../domain/participants';
import type { ActionItem } from '../domain/room';
import type { Workshop } from '../domain/workshop';
import { RACI_ROLE_LABELS, RACI_ROLES } from '../method/raci';
import { STAGES, type StageId } from '../method/stages';
import { TEAM_IDS, TEAM_LABELS } from '../method/teams';
import { assessReadiness } from '../readiness/assess-readiness';
import { explainVerdict } from '../readiness/explain-verdict';
import { VERDICT_LABELS, type Verdict } from '../readiness/types';
import { aiRiskBlocks, costApprovalFacts, inputVarietiesFact, qualityGateFacts } from './ai-summary';
import type { ReadinessPoint } from '../domain/sessions';
import { isOverdue } from '../sessions/overdue';
import { statusHistoryText } from '../sessions/status-history';
import { verdictChanges } from '../sessions/trend';
import { ACTION_STATUS_LABELS, STANDARD_STATUS_LABELS } from '../text';
import { type GateOnPage1, gateOnPage1, pilotResultsBlocks } from './go-no-go-summary';
import { excerpt, formatCentsForExport, formatLongDate, formatPercent, formatShortDate, oneLine, plural } from './format';

/**
 * The session summary as a document model: the one place that decides what the summary says and
 * in which order. The print route (PDF) and the Markdown export both render this, so the two can
 * never disagree. Every string here is plain user or method text; renderers must treat it as
 * text (React does; markdown.ts escapes it).
 */

export interface SummaryOptions {
  /**
   * The reader's today ('YYYY-MM-DD'): actions due before it and not done are marked overdue.
   * Left out, nothing is marked (the same workshop then always gives the same document).
   */
  readonly today?: string | null;
  /** The facilitator's private notes are left out unless asked for (room.ts). */
  readonly includeFacilitatorNotes: boolean;
  readonly includeAppendix: boolean;
}

export const DEFAULT_SUMMARY_OPTIONS: SummaryOptions = { includeFacilitatorNotes: false, includeAppendix: true };

export interface Fact {
  readonly label: string;
  readonly value: string;
}

export interface TableColumn {
  readonly label: string;
  /** A hint for the print layout; Markdown ignores it. */
  readonly width?: 'narrow' | 'date' | 'medium' | 'wide';
}

export interface SummaryTable {
  /** Names the table for screen readers and in Markdown. */
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly string[])[];
  /** Shown instead of an empty table. */
  readonly empty: string;
  /** Many narrow columns (the RACI matrix): printed in smaller type. */
  readonly dense?: boolean;
}

export type Block =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  /** Label/value pairs; `compact` prints short values two pairs to a row. */
  | { readonly kind: 'facts'; readonly facts: readonly Fact[]; readonly compact?: boolean }
  | { readonly kind: 'list'; readonly items: readonly string[]; readonly empty: string }
  | { readonly kind: 'table'; readonly table: SummaryTable }
  /** The cumulative cost/benefit chart; only the print route draws it (Markdown has the table). */
  | { readonly kind: 'lifecycle-chart' }
  /** The readiness trend chart; only the print route draws it (Markdown has the table). */
  | { readonly kind: 'trend-chart' };

export interface Section {
  readonly id: string;
  readonly title: string;
  /** A print hint: long sections start on a fresh page, short ones follow the one before. */
  readonly startsPage: boolean;
  readonly blocks: readonly Block[];
}

export interface ExecutiveSummary {
  readonly organisation: string;
  readonly date: string;
  readonly facilitator: string;
  readonly capability: string;
  readonly teams: readonly { readonly team: string; readonly people: readonly string[] }[];
  readonly verdict: Verdict;
  readonly verdictLabel: string;
  readonly score: number;
  /** The verdict in one sentence, weakest area first (explain-verdict.ts). */
  readonly verdictReason: string;
  readonly blockingFindings: readonly { readonly title: string; readonly message: string }[];
  /** The first few warnings by title, and how many there are in all. */
  readonly warnings: { readonly titles: readonly string[]; readonly total: number };
  readonly owner: string;
  readonly costHeadline: string;
  readonly gate: { readonly covered: boolean; readonly message: string };
  readonly nextActions: SummaryTable;
  /** The gate the verdict speaks of, the go/no-go, and a stopped plan shown as finished. */
  readonly gateOnPage1: GateOnPage1;
}

export interface SummaryDocument {
  readonly title: string;
  readonly subtitle: string;
  readonly options: SummaryOptions;
  readonly executive: ExecutiveSummary;
  readonly sections: readonly Section[];
  /** Empty when the appendix is left out. */
  readonly appendix: readonly Section[];
  /** The lifecycle figures, for the chart. */
  readonly lifecycle: LifecycleResult;
  readonly currency: string;
  /** The score and verdict at each session end and named version, for the trend chart. */
  readonly readinessTrend: readonly ReadinessPoint[];
}

export const UNTITLED = 'Untitled workshop';
export const NOT_RECORDED = 'Not recorded';
const NEXT_ACTIONS_SHOWN = 5;
const WARNINGS_SHOWN = 6;

const text = (value: string): string => value.trim() || NOT_RECORDED;
const stageTitle = (stageId: StageId | null): string =>
  stageId === null ? 'Whole workshop' : (STAGES.find((stage) => stage.id === stageId)?.shortTitle ?? stageId);
const capitalise = (value: string): string => value.charAt(0).toUpperCase() + value.slice(1);
const yesNo = (value: boolean): string => (value ? 'Yes' : 'No');

function participantName(participants: readonly Participant[], id: string | null): string | null {
  if (id === null) return null;
  return participants.find((p) => p.id === id)?.name.trim() || null;
}

function actionOwner(workshop: Workshop, action: ActionItem): string {
  return participantName(workshop.participants, action.ownerParticipantId) ?? (action.ownerName.trim() || 'No owner');
}


export function actionStatusLabel(status: ActionItem['status']): string {
  return ACTION_STATUS_LABELS[status];
}

/** Not done first, then by due date (undated last), then in the order they were written. */
export function nextActions(actions: readonly ActionItem[], count = NEXT_ACTIONS_SHOWN): ActionItem[] {
  const rank = (a: ActionItem) => (a.status === 'done' ? 1 : 0);
  return actions
    .map((action, index) => ({ action, index }))
    .filter(({ action }) => action.status !== 'done')
    .sort(
      (a, b) =>
        rank(a.action) - rank(b.action) ||
        (a.action.due ?? '9999-99-99').localeCompare(b.action.due ?? '9999-99-99') ||
        a.index - b.index,
    )
    .slice(0, count)
    .map(({ action }) => action);
}

/** "Open · Overdue", and when the status changed ("Open 26 Nov → Done 1 Dec") if it ever did. */
export function actionStatusCell(action: ActionItem, today: string | null): string {
  const status = ACTION_STATUS_LABELS[action.status] + (today !== null && isOverdue(action, today) ? ' · Overdue' : '');
  if (action.statusHistory.length < 2) return status;
  return `${status} (${statusHistoryText(action.statusHistory, (day) => formatShortDate(day).replace(/ \d{4}$/, ''))})`;
}

function actionsTable(workshop: Workshop, actions: readonly ActionItem[], caption: string, empty: string, today: string | null): SummaryTable {
  return {
    caption,
    columns: [{ label: 'Action', width: 'wide' }, { label: 'Owner' }, { label: 'Due', width: 'date' }, { label: 'Status', width: 'narrow' }],
    rows: actions.map((a) => [text(a.text), actionOwner(workshop, a), formatShortDate(a.due) || 'No date', actionStatusCell(a, today)]),
    empty,
  };
}

export const lifecycleOfWorkshop = (workshop: Workshop): LifecycleResult => lifecycleOfCost(workshop.cost);

function costHeadline(result: LifecycleResult, currency: string, horizonYears: number | null): string {
  const money = (cents: number | null) => formatCentsForExport(cents, currency);
  if (result.totalLifecycleCost === null || result.totalBenefit === null || horizonYears === null) {
    return 'The lifecycle cost is not complete yet, so the business case cannot be judged.';
  }
  const years = plural(horizonYears, 'year', 'years');
  const net = result.netValue === null ? '' : `; net value ${money(result.netValue)}`;
  const ret = result.returnRatio === null ? '' : ` (${formatPercent(result.returnRatio)} return)`;
  return `${money(result.totalLifecycleCost)} full lifecycle cost over ${years} against ${money(result.totalBenefit)} benefit${net}${ret}.`;
}

function ownerLine(workshop: Workshop): string {
  const model = workshop.operatingModel;
  const name = participantName(workshop.participants, model.ownerParticipantId) ?? model.ownerName.trim();
  if (!name) return 'No operational owner named';
  const team = model.ownerTeam.trim() ? `, ${model.ownerTeam.trim()}` : '';
  const confirmed = model.ownerConfirmed
    ? ` (confirmed${model.ownerConfirmedOn ? ` ${formatLongDate(model.ownerConfirmedOn)}` : ''})`
    : ' (not confirmed)';
  return `${name}${team}${confirmed}`;
}

function executiveSummary(workshop: Workshop, lifecycle: LifecycleResult, today: string | null): ExecutiveSummary {
  // The reader's today: an accepted risk past its date counts again on paper as on screen.
  const report = assessReadiness(workshop, { today });
  const blocking = report.findings.filter((f) => f.severity === 'blocking');
  const warnings = report.findings.filter((f) => f.severity === 'warning');
  const warning = warnings.length;
  const teams = TEAM_IDS.map((team) => ({
    team: TEAM_LABELS[team],
    people: workshop.participants
      .filter((p) => p.team === team)
      .map((p) => `${p.name.trim() || 'Unnamed'}${p.role.trim() ? `, ${p.role.trim()}` : ''}${p.present ? '' : ' (absent)'}`),
  })).filter((group) => group.people.length > 0);
  return {
    organisation: workshop.meta.organisation.trim(),
    date: formatLongDate(workshop.meta.date),
    facilitator: workshop.meta.facilitator.trim() || NOT_RECORDED,
    capability: workshop.meta.capability.trim(),
    teams,
    verdict: report.verdict,
    verdictLabel: report.verdictLabel,
    score: report.score,
    verdictReason: explainVerdict(report),
    blockingFindings: blocking.map((f) => ({ title: f.title, message: f.message })),
    warnings: { titles: warnings.slice(0, WARNINGS_SHOWN).map((f) => f.title), total: warning },
    owner: ownerLine(workshop),
    costHeadline: costHeadline(lifecycle, workshop.cost.currency, workshop.cost.horizonYears),
    gate: { covered: lifecycle.gate.covered, message: lifecycle.gate.message },
    gateOnPage1: gateOnPage1(workshop, report),
    nextActions: actionsTable(
      workshop,
      nextActions(workshop.room.actions),
      'Next actions',
      workshop.room.actions.length === 0 ? 'No actions were agreed.' : 'Every action is done.',
      today,
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// The sections, in workshop order
// ---------------------------------------------------------------------------------------------

function describeAnswer(workshop: Workshop, answer: RiskAnswer): string {
  const find = <T extends { id: string }>(items: readonly T[], name: (item: T) => string, prefix: string) => {
    const item = items.find((candidate) => candidate.id === answer.refId);
    return item ? `${prefix}: ${excerpt(name(item)) || 'unnamed'}` : `${prefix} (removed)`;
  };
  let label: string;
  switch (answer.kind) {
    case 'operating-model':
      label = 'Operating model';
      break;
    case 'cost':
      label = 'Lifecycle cost';
      break;
    case 'standard':
      label = find(workshop.standards, (s) => s.name, 'Standard');
      break;
    case 'raci':
      label = find(workshop.raci.activities, (a) => a.name, 'Ownership');
      break;
    case 'transition':
      label =
        answer.refId === null
          ? 'Transition plan'
          : workshop.transition.activities.some((a) => a.id === answer.refId)
            ? find(workshop.transition.activities, (a) => a.label, 'Transition')
            : find(workshop.transition.exitCriteria, (c) => c.text, 'Exit criterion');
      break;
    case 'pilot':
      label = find(workshop.pilot.hypotheses, (h) => h.statement, 'Pilot hypothesis');
      break;
    case 'decision':
      label = find(workshop.room.decisions, (d) => d.text, 'Decision');
      break;
    case 'action':
      label = find(workshop.room.actions, (a) => a.text, 'Action');
      break;
  }
  return answer.note.trim() ? `${label} — ${oneLine(answer.note)}` : label;
}

function endStateSection(workshop: Workshop): Section {
  const e = workshop.endState;
  return {
    id: 'end-state',
    startsPage: true,
    title: 'End state and pre-mortem',
    blocks: [
      {
        kind: 'facts',
        facts: [
          { label: 'What runs', value: text(e.whatRuns) },
          { label: 'For whom', value: text(e.forWhom) },
          { label: 'Volume per day', value: e.volumePerDay === null ? NOT_RECORDED : e.volumePerDay.toLocaleString('en-GB') },
          { label: 'Turnaround', value: text(e.turnaround) },
          { label: 'Quality bar', value: text(e.qualityBar) },
          { label: 'Broken inputs', value: text(e.brokenInputs) },
          inputVarietiesFact(e),
        ],
      },
      ...aiRiskBlocks(e),
      { kind: 'heading', text: 'Pre-mortem: why it could fail' },
      {
        kind: 'table',
        table: {
          caption: 'Pre-mortem risks',
          columns: [{ label: 'Risk', width: 'wide' }, { label: 'Likelihood', width: 'narrow' }, { label: 'Impact', width: 'narrow' }, { label: 'Answered by', width: 'wide' }],
          rows: workshop.preMortemRisks.map((risk) => [
            text(risk.text),
            capitalise(risk.likelihood),
            capitalise(risk.impact),
            risk.answeredBy.length === 0 ? 'Not answered anywhere in the plan' : risk.answeredBy.map((a) => describeAnswer(workshop, a)).join('\n'),
          ]),
          empty: 'The room recorded no pre-mortem risks.',
        },
      },
    ],
  };
}

function operatingModelSection(workshop: Workshop): Section {
  const m = workshop.operatingModel;
  return {
    id: 'operating-model',
    startsPage: false,
    title: 'Operating model',
    blocks: [
      {
        kind: 'facts',
        facts: [
          { label: 'Operational owner', value: ownerLine(workshop) },
          { label: 'Operators', value: text(m.operators) },
          { label: 'Support hours', value: text(m.supportHours) },
          { label: 'On call', value: text(m.onCall) },
          { label: 'Escalation path', value: text(m.escalationPath) },
          { label: 'Service levels', value: text(m.serviceLevels) },
          { label: 'Change approver', value: text(m.changeApprover) },
          { label: 'When it is down', value: text(m.downtimeFallback) },
          ...qualityGateFacts(m),
        ],
      },
    ],
  };
}


function standardsSection(workshop: Workshop): Section {
  return {
    id: 'standards',
    startsPage: true,
    title: 'Production standards',
    blocks: [
      {
        kind: 'table',
        table: {
          caption: 'Production standards',
          columns: [
            { label: 'Standard', width: 'medium' },
            { label: 'Status', width: 'narrow' },
            { label: 'Owner', width: 'medium' },
            { label: 'Acceptance criteria', width: 'wide' },
            { label: 'Evidence', width: 'wide' },
          ],
          rows: workshop.standards.map((s) => [
            s.name.trim() || 'Unnamed standard',
            s.applies ? `${STANDARD_STATUS_LABELS[s.status]}, ${s.priority} priority` : 'Not applicable',
            s.applies ? s.owner.trim() || 'No owner' : '—',
            s.applies ? text(s.acceptanceCriteria) : `Why not: ${text(s.notApplicableReason)}`,
            s.applies ? s.evidence.trim() || 'None yet' : '—',
          ]),
          empty: 'No production standards were recorded.',
        },
      },
    ],
  };
}

function costSection(workshop: Workshop, lifecycle: LifecycleResult): Section {
  const c = workshop.cost;
  const money = (cents: number | null) => formatCentsForExport(cents, c.currency);
  const figures: Fact[] = [
    { label: 'Prototype', value: money(c.prototypeCents) },
    { label: 'Transition to production', value: money(c.transitionCents) },
    { label: 'Operations per year', value: money(c.operationsPerYearCents) },
    { label: 'Maintenance per year', value: money(c.maintenancePerYearCents) },
    { label: 'Benefit per year', value: money(c.benefitPerYearCents) },
    { label: 'Horizon', value: c.horizonYears === null ? NOT_RECORDED : plural(c.horizonYears, 'year', 'years') },
    { label: 'Go-live', value: formatLongDate(c.goLiveDate) || NOT_RECORDED },
    ...costApprovalFacts(c),
  ];
  const results: Fact[] = [
    { label: 'Full lifecycle cost', value: money(lifecycle.totalLifecycleCost) },
    { label: 'Total benefit', value: money(lifecycle.totalBenefit) },
    { label: 'Net value', value: money(lifecycle.netValue) },
    { label: 'Return', value: lifecycle.returnRatio === null ? '—' : formatPercent(lifecycle.returnRatio) },
    {
      label: 'Payback',
      value:
        lifecycle.paybackStatus === 'reached' && lifecycle.paybackMonth !== null
          ? `Month ${lifecycle.paybackMonth}${lifecycle.paybackDate ? ` (${formatLongDate(lifecycle.paybackDate)})` : ''}`
          : lifecycle.paybackStatus === 'not-reached'
            ? 'Not reached within the horizon'
            : '—',
    },
    {
      label: 'Transition ÷ prototype',
      value:
        lifecycle.transitionToPrototypeRatio === null
          ? '—'
          : `${lifecycle.transitionToPrototypeRatio.toLocaleString('en-GB', { maximumFractionDigits: 1 })}× (about 3× is normal)`,
    },
    { label: 'The gate', value: lifecycle.gate.message },
  ];
  const blocks: Block[] = [
    { kind: 'facts', facts: figures, compact: true },
    { kind: 'heading', text: 'What it adds up to' },
    { kind: 'facts', facts: results, compact: true },
  ];
  if (lifecycle.series !== null && c.horizonYears !== null && c.horizonYears > 0) {
    blocks.push({ kind: 'lifecycle-chart' });
    blocks.push({
      kind: 'table',
      table: {
        caption: 'Cumulative cost and benefit by year',
        columns: [{ label: 'End of year', width: 'narrow' }, { label: 'Cost so far' }, { label: 'Benefit so far' }, { label: 'Net' }],
        rows: lifecycle.series.yearly.map((p) => [p.year === 0 ? 'Go-live' : String(p.year), money(p.cumulativeCost), money(p.cumulativeBenefit), money(p.net)]),
        empty: '',
      },
    });
  }
  return { id: 'cost', startsPage: true, title: 'Lifecycle cost', blocks };
}

/** More party columns than this and a matrix no longer fits across a page: it is split into several. */
export const RACI_COLUMNS_PER_TABLE = 10;

function raciSection(workshop: Workshop): Section {
  const { parties, activities } = workshop.raci;
  const chunks: (typeof parties)[] = [];
  for (let from = 0; from < parties.length; from += RACI_COLUMNS_PER_TABLE) chunks.push(parties.slice(from, from + RACI_COLUMNS_PER_TABLE));
  if (chunks.length === 0) chunks.push([]);
  const tables: Block[] = chunks.map((chunk, index) => ({
    kind: 'table',
    table: {
      caption:
        chunks.length === 1
          ? 'Who is Responsible, Accountable, Consulted and Informed'
          : `Who is Responsible, Accountable, Consulted and Informed (columns ${index * RACI_COLUMNS_PER_TABLE + 1}–${index * RACI_COLUMNS_PER_TABLE + chunk.length} of ${parties.length})`,
      columns: [{ label: 'Activity', width: 'wide' }, ...chunk.map((p) => ({ label: p.label.trim() || 'Unnamed', width: 'narrow' as const }))],
      rows: activities.map((a) => [a.name.trim() || 'Unnamed activity', ...chunk.map((p) => a.assignments[p.id] ?? '')]),
      empty: 'No ownership matrix was filled in.',
      dense: chunk.length > 6,
    },
  }));
  return {
    id: 'ownership',
    startsPage: false,
    title: 'Ownership (RACI)',
    blocks: [...tables, { kind: 'paragraph', text: RACI_ROLES.map((role) => `${role} = ${RACI_ROLE_LABELS[role]}`).join(' · ') }],
  };
}

function transitionSection(workshop: Workshop): Section {
  const t = workshop.transition;
  // A week whose field was only focused has an empty row: it is not part of the plan on paper.
  const plannedWeeks = [...t.weekPlan].filter((w) => w.focus.trim() !== '').sort((a, b) => a.week - b.week);
  const side = (wanted: 'innovation' | 'operations') =>
    t.members
      .filter((m) => m.side === wanted)
      .map((m) => participantName(workshop.participants, m.participantId) ?? 'Unknown participant')
      .join(', ') || 'Nobody';
  const standardName = (id: string | null) => workshop.standards.find((s) => s.id === id)?.name.trim();
  return {
    id: 'transition',
    startsPage: true,
    title: 'Transition plan',
    blocks: [
      {
        kind: 'facts',
        facts: [
          { label: 'From innovation', value: side('innovation') },
          { label: 'From operations', value: side('operations') },
          { label: 'Length', value: t.weeks === null ? NOT_RECORDED : plural(t.weeks, 'week', 'weeks') },
          { label: 'Starts', value: formatLongDate(t.startDate) || NOT_RECORDED },
          ...(t.lengthReason.trim() ? [{ label: 'Why this length', value: t.lengthReason.trim() }] : []),
        ],
      },
      { kind: 'heading', text: 'Knowledge transfer' },
      {
        kind: 'table',
        table: {
          caption: 'Knowledge-transfer activities',
          columns: [{ label: 'Activity', width: 'wide' }, { label: 'Done', width: 'narrow' }],
          rows: t.activities.map((a) => [a.label.trim() || 'Unnamed activity', yesNo(a.done)]),
          empty: 'No knowledge-transfer activities were planned.',
        },
      },
      { kind: 'heading', text: 'Exit criteria' },
      {
        kind: 'table',
        table: {
          caption: 'Exit criteria',
          columns: [{ label: 'Criterion', width: 'wide' }, { label: 'Proves standard', width: 'medium' }],
          rows: t.exitCriteria.map((c) => [text(c.text), standardName(c.standardId) || '—']),
          empty: 'No exit criteria were agreed.',
        },
      },
      ...(plannedWeeks.length > 0
        ? [
            { kind: 'heading', text: 'Week by week' } as const,
            {
              kind: 'table',
              table: {
                caption: 'Week plan',
                columns: [{ label: 'Week', width: 'narrow' }, { label: 'Focus', width: 'wide' }],
                rows: plannedWeeks.map((w) => [String(w.week), text(w.focus)]),
                empty: '',
              },
            } as const,
          ]
        : []),
    ],
  };
}

function pilotSection(workshop: Workshop): Section {
  const p = workshop.pilot;
  const money = (cents: number | null) => formatCentsForExport(cents, workshop.cost.currency);
  const testName = (kind: string, refId: string | null): string => {
    if (kind === 'standard') return `Standard: ${workshop.standards.find((s) => s.id === refId)?.name.trim() || 'removed'}`;
    if (kind === 'risk') return `Risk: ${excerpt(workshop.preMortemRisks.find((r) => r.id === refId)?.text ?? '', 60) || 'removed'}`;
    return kind === 'cost' ? 'Lifecycle cost' : 'Operating model';
  };
  const data = p.data;
  const dataTraits = [
    data.messyFormats ? 'messy formats' : null,
    data.missingFields ? 'missing fields' : null,
    data.edgeCases ? 'edge cases' : null,
    data.curatedOnly ? 'curated data only (a warning sign)' : null,
  ].filter((trait): trait is string => trait !== null);
  return {
    id: 'pilot',
    startsPage: false,
    title: 'Pilot design',
    blocks: [
      {
        kind: 'facts',
        facts: [
          { label: 'Length', value: p.lengthWeeks === null ? NOT_RECORDED : plural(p.lengthWeeks, 'week', 'weeks') },
          { label: 'Budget', value: money(p.budgetCents) },
          { label: 'Go/no-go date', value: formatLongDate(p.goNoGoDate) || NOT_RECORDED },
          { label: 'Who decides', value: participantName(workshop.participants, p.deciderParticipantId) ?? 'Not decided' },
          { label: 'Data volume', value: text(data.volume) },
          { label: 'The data includes', value: dataTraits.length > 0 ? capitalise(dataTraits.join(', ')) : 'Nothing recorded' },
          ...(data.notes.trim() ? [{ label: 'Data notes', value: data.notes.trim() }] : []),
        ],
      },
      { kind: 'heading', text: 'Hypotheses' },
      {
        kind: 'table',
        table: {
          caption: 'Pilot hypotheses',
          columns: [{ label: 'Hypothesis', width: 'wide' }, { label: 'Tests', width: 'medium' }, { label: 'Success', width: 'medium' }, { label: 'Stop', width: 'medium' }],
          rows: p.hypotheses.map((h) => [
            text(h.statement),
            h.tests.map((t) => testName(t.kind, t.refId)).join('\n') || 'Nothing linked',
            text(h.successCriteria),
            text(h.stopCriteria),
          ]),
          empty: 'No hypotheses were written.',
        },
      },
      ...pilotResultsBlocks(workshop),
    ],
  };
}

function decisionsSection(workshop: Workshop): Section {
  const { decisions, openQuestions } = workshop.room;
  return {
    id: 'decisions',
    startsPage: true,
    title: 'Decisions',
    blocks: [
      {
        kind: 'table',
        table: {
          caption: 'Decisions',
          columns: [{ label: 'Decision', width: 'wide' }, { label: 'Stage', width: 'medium' }, { label: 'Decided on', width: 'date' }],
          rows: decisions.map((d) => [text(d.text), stageTitle(d.stageId), formatShortDate(d.decidedOn) || '—']),
          empty: 'No decisions were recorded.',
        },
      },
      ...(openQuestions.length > 0
        ? [{ kind: 'heading', text: 'Open questions' } as const, { kind: 'list', items: openQuestions.map((q) => text(q.text)), empty: '' } as const]
        : []),
    ],
  };
}

function actionsSection(workshop: Workshop, today: string | null): Section {
  return {
    id: 'actions',
    startsPage: false,
    title: 'Actions',
    blocks: [{ kind: 'table', table: actionsTable(workshop, workshop.room.actions, 'Actions', 'No actions were agreed.', today) }],
  };
}

function parkingLotSection(workshop: Workshop): Section {
  return {
    id: 'parking-lot',
    startsPage: false,
    title: 'Parking lot',
    blocks: [
      {
        kind: 'table',
        table: {
          caption: 'Parking lot',
          columns: [{ label: 'Item', width: 'wide' }, { label: 'Raised in', width: 'medium' }, { label: 'Status', width: 'narrow' }],
          rows: workshop.room.parkingLot.map((item) => [text(item.text), stageTitle(item.stageId), item.resolved ? 'Resolved' : 'Open']),
          empty: 'Nothing was parked.',
        },
      },
    ],
  };
}

function facilitatorNotesSection(workshop: Workshop): Section {
  const notes = STAGES.flatMap((stage) => {
    const note = workshop.room.facilitatorNotes[stage.id]?.trim();
    return note ? [{ label: stage.shortTitle, value: note }] : [];
  });
  return {
    id: 'facilitator-notes',
    startsPage: false,
    title: 'Facilitator notes',
    blocks: notes.length > 0 ? [{ kind: 'facts', facts: notes }] : [{ kind: 'paragraph', text: 'The facilitator kept no notes.' }],
  };
}

// ---------------------------------------------------------------------------------------------
// Appendix: the room's raw material
// ---------------------------------------------------------------------------------------------

function notesSection(workshop: Workshop): Section {
  const { notes, noteGroups } = workshop.room;
  const order = (stageId: StageId) => STAGES.findIndex((s) => s.id === stageId);
  const sorted = notes.map((note, index) => ({ note, index })).sort((a, b) => order(a.note.stageId) - order(b.note.stageId) || a.index - b.index);
  return {
    id: 'appendix-notes',
    startsPage: true,
    title: 'Appendix A. Captured notes',
    blocks: [
      {
        kind: 'table',
        table: {
          caption: 'Captured notes',
          columns: [{ label: 'Stage', width: 'narrow' }, { label: 'Note', width: 'wide' }, { label: 'Group', width: 'medium' }, { label: 'By', width: 'medium' }],
          rows: sorted.map(({ note }) => [
            stageTitle(note.stageId),
            text(note.text),
            noteGroups.find((g) => g.id === note.groupId)?.label.trim() || '—',
            participantName(workshop.participants, note.authorParticipantId) ?? 'The room',
          ]),
          empty: 'No notes were captured.',
        },
      },
    ],
  };
}

/** Dots per note for one session, most first; ties keep the notes' own order. */
export function voteTotals(workshop: Workshop, sessionIndex: number): { note: string; dots: number }[] {
  const session = workshop.room.votes.sessions[sessionIndex];
  if (!session) return [];
  const totals = new Map<string, number>();
  for (const ballot of Object.values(session.ballots)) {
    for (const [noteId, dots] of Object.entries(ballot)) totals.set(noteId, (totals.get(noteId) ?? 0) + dots);
  }
  return workshop.room.notes
    .filter((note) => (totals.get(note.id) ?? 0) > 0)
    .map((note) => ({ note: text(note.text), dots: totals.get(note.id) ?? 0 }))
    .sort((a, b) => b.dots - a.dots);
}

function votesSection(workshop: Workshop): Section {
  const sessions = workshop.room.votes.sessions;
  const blocks: Block[] = sessions.flatMap((session, index): Block[] => [
    {
      kind: 'heading',
      text: `Vote ${index + 1}: ${stageTitle(session.stageId)}, ${session.budgetPerPerson} dots each, ${plural(Object.keys(session.ballots).length, 'voter', 'voters')}${session.status === 'open' ? ' (still open)' : ''}`,
    },
    {
      kind: 'table',
      table: {
        caption: `Results of vote ${index + 1}`,
        columns: [{ label: 'Note', width: 'wide' }, { label: 'Dots', width: 'narrow' }],
        rows: voteTotals(workshop, index).map((row) => [row.note, String(row.dots)]),
        empty: 'No dots were placed.',
      },
    },
  ]);
  return {
    id: 'appendix-votes',
    startsPage: false,
    title: 'Appendix B. Vote results',
    blocks: blocks.length > 0 ? blocks : [{ kind: 'paragraph', text: 'The room did not vote.' }],
  };
}

/** Readiness at each session end and named version, with the reason for each change of verdict. */
export function trendSection(workshop: Workshop): Section {
  const changes = verdictChanges(workshop.readinessTrend);
  return {
    id: 'trend',
    startsPage: false,
    title: 'Readiness over time',
    blocks: [
      { kind: 'trend-chart' },
      {
        kind: 'table',
        table: {
          caption: 'Readiness over time',
          columns: [{ label: 'When', width: 'wide' }, { label: 'Day', width: 'date' }, { label: 'Score', width: 'narrow' }, { label: 'Verdict' }],
          rows: workshop.readinessTrend.map((point) => [point.label, formatShortDate(point.at.slice(0, 10)), String(point.score), VERDICT_LABELS[point.verdict]]),
          empty: 'No session has ended yet.',
        },
      },
      { kind: 'list', items: changes.map((change) => change.text), empty: 'The verdict has not changed.' },
    ],
  };
}

export function buildSummary(workshop: Workshop, options: SummaryOptions = DEFAULT_SUMMARY_OPTIONS): SummaryDocument {
  const lifecycle = lifecycleOfWorkshop(workshop);
  const today = options.today ?? null;
  const title = workshop.meta.title.trim() || UNTITLED;
  const organisation = workshop.meta.organisation.trim();
  const sections = [
    endStateSection(workshop),
    operatingModelSection(workshop),
    standardsSection(workshop),
    costSection(workshop, lifecycle),
    raciSection(workshop),
    transitionSection(workshop),
    pilotSection(workshop),
    decisionsSection(workshop),
    actionsSection(workshop, today),
    ...(workshop.readinessTrend.length > 0 ? [trendSection(workshop)] : []),
    parkingLotSection(workshop),
    ...(options.includeFacilitatorNotes ? [facilitatorNotesSection(workshop)] : []),
  ];
  return {
    title,
    subtitle: ['Session summary', organisation, formatLongDate(workshop.meta.date)].filter(Boolean).join(' · '),
    options,
    executive: executiveSummary(workshop, lifecycle, today),
    sections,
    appendix: options.includeAppendix ? [notesSection(workshop), votesSection(workshop)] : [],
    lifecycle,
    currency: workshop.cost.currency,
    readinessTrend: workshop.readinessTrend,
  };
}
