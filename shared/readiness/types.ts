import type { AcceptedFinding } from '../domain/ai-risk';
import type { FieldPath } from '../editing/field-path';
import type { ReadinessGate } from '../domain/sessions';
import type { StageId } from '../method/stages';
import type { GATE_VERDICT_LABELS, StoppedPlan } from './gate';

/**
 * The parts of the plan the review scores separately, in the order the review lists them (the
 * order of the method: who is in the room, then production first, pilot last, then the risks the
 * whole plan must answer).
 */
export const AREA_IDS = [
  'people',
  'operating-model',
  'standards',
  'cost',
  'ownership',
  'transition',
  'pilot',
  'risks',
] as const;
export type Area = (typeof AREA_IDS)[number];

/** Most serious first: the order findings are listed in within an area. */
export const SEVERITIES = ['blocking', 'warning', 'fine'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const VERDICTS = ['ready', 'fix-before-starting', 'do-not-start'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS = {
  ready: 'Ready to start the pilot',
  'fix-before-starting': 'Fix before starting',
  'do-not-start': 'Do not start',
} as const satisfies Record<Verdict, string>;
/** Before "go" the labels above; after it, the transition gate's (gate.ts). */
export type VerdictLabel = (typeof GATE_VERDICT_LABELS)[ReadinessGate][Verdict];

/** Where "Go to…" takes the facilitator: the stage, and the field that fixes the finding. */
export interface FindingFix {
  readonly stageId: StageId;
  /**
   * Resolves with getAtPath against the workshop that was assessed. A field to fill (an owner,
   * a reason), or a list when the fix is to add something to it (['participants']).
   */
  readonly fieldPath: FieldPath;
  /** The button text, imperative and specific: "Name an owner for Security review". */
  readonly label: string;
}

export interface Finding {
  /** Stable and unique within a report (rule id + the item's path): a list key for the UI. */
  readonly key: string;
  readonly ruleId: string;
  readonly severity: Severity;
  readonly area: Area;
  /** A few words, e.g. "Documentation has no owner". */
  readonly title: string;
  /** What is wrong (or right) in plain words, naming the thing. */
  readonly message: string;
  readonly fix: FindingFix;
}

export interface SeverityCounts {
  readonly blocking: number;
  readonly warning: number;
  readonly fine: number;
}

export interface AreaScore {
  /** 0–100: 100 minus the area's deductions, never below 0; 0 when the area has a blocking finding. */
  readonly score: number;
  /** The area's share of the overall score, in percent (the weights add up to 100). */
  readonly weight: number;
  readonly counts: SeverityCounts;
}

/** A warning the room accepted until a date that has not passed: listed, but not counted. */
export interface AcceptedFindingReport {
  readonly finding: Finding;
  readonly acceptance: AcceptedFinding;
}

export interface ReadinessReport {
  /** Sorted by area, then severity (blocking, warning, fine), then rule, then the item's order in the plan. */
  readonly findings: readonly Finding[];
  /** Warnings accepted until a date still to come, in the same order; not in `findings`, not scored. */
  readonly accepted: readonly AcceptedFindingReport[];
  readonly areaScores: Readonly<Record<Area, AreaScore>>;
  /** 0–100, the weighted average of the area scores, rounded down. */
  readonly score: number;
  readonly verdict: Verdict;
  readonly verdictLabel: VerdictLabel;
  /** Which gate the verdict speaks of (gate.ts). */
  readonly gate: ReadinessGate;
  /** Set when the room stopped the plan: the review reports a finished plan, not a verdict to fix. */
  readonly stopped: StoppedPlan | null;
}
