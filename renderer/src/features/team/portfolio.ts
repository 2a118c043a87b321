import { PHASES, type Phase } from '../../../../shared/domain/phases';
import { GATE_VERDICT_LABELS, PHASE_LABELS } from '../../../../shared/readiness/gate';
import { VERDICTS, type Verdict } from '../../../../shared/readiness/types';
import type { TeamPlanRecord } from '../../db/records';

/**
 * The team portfolio: every plan in the team index, grouped by phase or by readiness verdict, in
 * the words the review and the library use. The verdict is named for the gate the plan is at (before
 * the go/no-go, the start of the pilot; after "go", the hand-over), as the sharing laptop's review
 * computed it.
 */

export type PortfolioGrouping = 'phase' | 'verdict';

export interface PortfolioPlan {
  readonly entry: TeamPlanRecord;
  readonly phaseLabel: string;
  /** "Fix before transition"; "Stopped" for a stopped plan; "No verdict yet" when none was computed. */
  readonly verdictLabel: string;
  /** For styling: the verdict, or 'stopped' / 'none'. */
  readonly verdictTone: Verdict | 'stopped' | 'none';
}

export interface PortfolioGroup {
  readonly key: string;
  readonly title: string;
  readonly plans: readonly PortfolioPlan[];
}

const isPhase = (value: string): value is Phase => PHASES.some((phase) => phase === value);
const isVerdict = (value: string | null): value is Verdict => VERDICTS.some((verdict) => verdict === value);
const gateOf = (phase: string): 'pilot' | 'transition' => (phase === 'transition' || phase === 'production' ? 'transition' : 'pilot');

/** A phase this Endfirst does not know (an index written by a newer one) is shown as such, not hidden. */
const OTHER_PHASE = 'Other phase';

export function portfolioPlan(entry: TeamPlanRecord): PortfolioPlan {
  const phaseLabel = isPhase(entry.phase) ? PHASE_LABELS[entry.phase] : OTHER_PHASE;
  if (entry.phase === 'stopped') return { entry, phaseLabel, verdictLabel: 'Stopped', verdictTone: 'stopped' };
  if (!isVerdict(entry.verdict)) return { entry, phaseLabel, verdictLabel: 'No verdict yet', verdictTone: 'none' };
  return { entry, phaseLabel, verdictLabel: GATE_VERDICT_LABELS[gateOf(entry.phase)][entry.verdict], verdictTone: entry.verdict };
}

/** Each verdict of the pilot's gate, then of the hand-over's, as the plan moves through them; then the rest. */
const VERDICT_GROUP_ORDER: readonly string[] = [
  ...VERDICTS.map((verdict) => GATE_VERDICT_LABELS.pilot[verdict]),
  ...VERDICTS.map((verdict) => GATE_VERDICT_LABELS.transition[verdict]),
  'Stopped',
  'No verdict yet',
];

const PHASE_GROUP_ORDER: readonly string[] = [...PHASES.map((phase) => PHASE_LABELS[phase]), OTHER_PHASE];

const newestFirst = (a: PortfolioPlan, b: PortfolioPlan) =>
  b.entry.updatedAt.localeCompare(a.entry.updatedAt) || a.entry.title.localeCompare(b.entry.title);

/** Groups in the method's order, only those with plans, each newest change first. */
export function groupPortfolio(entries: readonly TeamPlanRecord[], grouping: PortfolioGrouping): PortfolioGroup[] {
  const byTitle = new Map<string, PortfolioPlan[]>();
  for (const entry of entries) {
    const plan = portfolioPlan(entry);
    const title = grouping === 'phase' ? plan.phaseLabel : plan.verdictLabel;
    byTitle.set(title, [...(byTitle.get(title) ?? []), plan]);
  }
  const order = grouping === 'phase' ? PHASE_GROUP_ORDER : VERDICT_GROUP_ORDER;
  return order
    .filter((title) => byTitle.has(title))
    .map((title) => ({ key: `${grouping}:${title}`, title, plans: [...(byTitle.get(title) ?? [])].sort(newestFirst) }));
}
