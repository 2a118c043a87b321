import type { RiskAnswer, PreMortemRisk } from '../../../../../shared/domain/end-state';
import type { Workshop } from '../../../../../shared/domain/workshop';
import type { Area, Finding, Severity } from '../../../../../shared/readiness';
import { excerpt } from '../../../../../shared/text';

// ---------------------------------------------------------------------------------------------
// Findings
// ---------------------------------------------------------------------------------------------

export function groupFindings(findings: readonly Finding[]): Record<Severity, Finding[]> {
  const groups: Record<Severity, Finding[]> = { blocking: [], warning: [], fine: [] };
  for (const finding of findings) groups[finding.severity].push(finding);
  return groups;
}

/** Findings of one severity split by area, in the order they come (the engine sorts by area). */
export function byArea(findings: readonly Finding[]): [Area, Finding[]][] {
  const groups = new Map<Area, Finding[]>();
  for (const finding of findings) {
    const list = groups.get(finding.area);
    if (list) list.push(finding);
    else groups.set(finding.area, [finding]);
  }
  return [...groups];
}

/**
 * An accessible name for each finding's "Go to…" button, unique within the review. It starts
 * with the visible label (WCAG 2.5.3, label in name); when two findings share a label ("Link it
 * to the production model" for two hypotheses) the message that tells them apart is added, and
 * a number as a last resort.
 */
/** Names for the "Accept…" buttons, told apart the same way, by the finding's title. */
export const acceptNames = (findings: readonly Finding[]): Map<string, string> =>
  goToNames(findings.map((f) => ({ ...f, fix: { ...f.fix, label: f.title } })));

export function goToNames(findings: readonly Finding[]): Map<string, string> {
  const byLabel = new Map<string, number>();
  for (const f of findings) byLabel.set(f.fix.label, (byLabel.get(f.fix.label) ?? 0) + 1);
  const first = findings.map((f) =>
    (byLabel.get(f.fix.label) ?? 0) > 1 ? `${f.fix.label}: ${excerpt(f.message, 90)}` : f.fix.label,
  );
  const total = new Map<string, number>();
  for (const name of first) total.set(name, (total.get(name) ?? 0) + 1);
  const seen = new Map<string, number>();
  const names = new Map<string, string>();
  findings.forEach((f, index) => {
    const name = first[index] ?? f.fix.label;
    if ((total.get(name) ?? 0) === 1) {
      names.set(f.key, name);
      return;
    }
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    names.set(f.key, `${name} (${n} of ${total.get(name)})`);
  });
  return names;
}

// ---------------------------------------------------------------------------------------------
// What answers each pre-mortem risk
// ---------------------------------------------------------------------------------------------

type Plan = Pick<Workshop, 'standards' | 'raci' | 'transition' | 'pilot' | 'room'>;

export interface AnswerOption {
  readonly value: string;
  readonly label: string;
  readonly group: string;
}

export const answerValue = (answer: Pick<RiskAnswer, 'kind' | 'refId'>): string => `${answer.kind}:${answer.refId ?? ''}`;

const KINDS_WITH_NO_ITEM = new Set(['operating-model', 'cost', 'transition']);
const KINDS_WITH_ITEMS = new Set(['standard', 'raci', 'transition', 'pilot', 'decision', 'action']);

export function answerFromValue(value: string, note = ''): RiskAnswer | null {
  const at = value.indexOf(':');
  if (at < 0) return null;
  const kind = value.slice(0, at) as RiskAnswer['kind'];
  const refId = value.slice(at + 1) || null;
  if (refId === null && !KINDS_WITH_NO_ITEM.has(kind)) return null;
  if (refId !== null && !KINDS_WITH_ITEMS.has(kind)) return null;
  return { kind, refId, note: note.trim() };
}

const named = (text: string, fallback: string) => excerpt(text, 70) || fallback;

/** Every item in the plan that could answer a risk, grouped the way the room built the plan. */
export function allAnswerOptions(plan: Plan): AnswerOption[] {
  return [
    { value: 'operating-model:', label: 'Operating model', group: 'The plan' },
    { value: 'cost:', label: 'Lifecycle cost', group: 'The plan' },
    { value: 'transition:', label: 'Transition plan', group: 'The plan' },
    ...plan.standards.map((s, i) => ({ value: `standard:${s.id}`, label: `Standard: ${named(s.name, `standard ${i + 1}`)}`, group: 'Production standards' })),
    ...plan.raci.activities.map((a, i) => ({ value: `raci:${a.id}`, label: `Ownership: ${named(a.name, `activity ${i + 1}`)}`, group: 'Ownership' })),
    ...plan.transition.exitCriteria.map((c, i) => ({
      value: `transition:${c.id}`,
      label: `Exit criterion: ${named(c.text, `criterion ${i + 1}`)}`,
      group: 'Transition',
    })),
    ...plan.pilot.hypotheses.map((h, i) => ({
      value: `pilot:${h.id}`,
      label: `Pilot hypothesis: ${named(h.statement, `hypothesis ${i + 1}`)}`,
      group: 'The pilot',
    })),
    ...plan.room.decisions.map((d, i) => ({ value: `decision:${d.id}`, label: `Decision: ${named(d.text, `decision ${i + 1}`)}`, group: 'Decisions' })),
    ...plan.room.actions.map((a, i) => ({ value: `action:${a.id}`, label: `Action: ${named(a.text, `action ${i + 1}`)}`, group: 'Actions' })),
  ];
}

/** The options a risk does not link to yet. */
export function answerOptionsFor(risk: PreMortemRisk, plan: Plan): AnswerOption[] {
  const linked = new Set(risk.answeredBy.map(answerValue));
  return allAnswerOptions(plan).filter((option) => !linked.has(option.value));
}

/**
 * A link's chip text, and whether it still points at something (the readiness rule ignores links
 * to removed items, so the screen marks them). Knowledge-transfer activities can be linked by a
 * file or an older version, so a transition refId may name one of those too.
 */
export function describeAnswer(answer: RiskAnswer, plan: Plan): { label: string; isLive: boolean } {
  if (answer.refId === null) {
    const whole = { 'operating-model': 'Operating model', cost: 'Lifecycle cost', transition: 'Transition plan' } as Record<string, string>;
    return { label: whole[answer.kind] ?? kindLabel(answer.kind), isLive: true };
  }
  if (answer.kind === 'operating-model' || answer.kind === 'cost') return { label: kindLabel(answer.kind), isLive: true };
  if (answer.kind === 'transition') {
    const activity = plan.transition.activities.find((a) => a.id === answer.refId);
    if (activity) return { label: `Transition: ${named(activity.label, 'activity')}`, isLive: true };
  }
  const option = allAnswerOptions(plan).find((o) => o.value === answerValue(answer));
  return option ? { label: option.label, isLive: true } : { label: `${kindLabel(answer.kind)}: removed from the plan`, isLive: false };
}

function kindLabel(kind: RiskAnswer['kind']): string {
  const labels: Record<RiskAnswer['kind'], string> = {
    standard: 'Standard',
    'operating-model': 'Operating model',
    cost: 'Lifecycle cost',
    raci: 'Ownership',
    transition: 'Transition',
    pilot: 'Pilot hypothesis',
    decision: 'Decision',
    action: 'Action',
  };
  return labels[kind];
}

export const isAnswered = (risk: PreMortemRisk, plan: Plan): boolean => risk.answeredBy.some((a) => describeAnswer(a, plan).isLive);

/** The answers after removing one: the first that matches kind, item and note (answers have no id). */
export function withoutAnswer(answers: readonly RiskAnswer[], removed: RiskAnswer): RiskAnswer[] {
  const index = answers.findIndex((a) => a.kind === removed.kind && a.refId === removed.refId && a.note === removed.note);
  return index < 0 ? [...answers] : answers.filter((_, i) => i !== index);
}

