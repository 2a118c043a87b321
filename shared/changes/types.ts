import type { Severity, Verdict } from '../readiness/types';
import type { StageId } from '../method/stages';

/**
 * What describeChanges returns: the difference between two states of one workshop, in the words
 * the screens use, grouped the way the workshop runs.
 */

/** How one value is shown: each kind has one formatter (format-value.ts). */
export type ValueFormat =
  | 'text'
  | 'long-text'
  | 'yes-no'
  | 'day'
  | 'number'
  | 'money'
  | 'participant'
  | 'team'
  | 'level'
  | 'standard-status'
  | 'action-status'
  | 'raci-role'
  | 'stage'
  | 'team-side'
  | 'standard-ref'
  | 'risk-answers'
  | 'hypothesis-tests'
  | 'template'
  | 'party-kind'
  | 'ai-risk-class'
  | 'risk-acceptance'
  | 'phase'
  | 'hypothesis-outcome'
  | 'go-no-go';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'reordered' | 'text';

/** One run of words in a word diff: unchanged, only before ('removed') or only after ('added'). */
export interface TextPart {
  readonly text: string;
  readonly change: 'same' | 'added' | 'removed';
}

/** Lower comes first: 1 what decides the pilot, 2 the plan's facts, 3 wording and order. */
export type Importance = 1 | 2 | 3;

export interface ChangeItem {
  /** Stable within one report: the path with ids, for list keys. */
  readonly key: string;
  readonly importance: Importance;
  /** The list item the change is about ("Standard “Security review”"), or null for a plain field. */
  readonly subject: string | null;
  /** The field, in the screen's words ("Owner"); for an added or removed item, the item's noun. */
  readonly field: string;
  /** subject and field in one line, for exports and screen readers. */
  readonly label: string;
  readonly kind: ChangeKind;
  /** Display text; null when there was nothing (added) or is nothing (removed). */
  readonly before: string | null;
  readonly after: string | null;
  /** For kind 'text': the word diff, in reading order. */
  readonly parts?: readonly TextPart[];
}

/** A group per stage in method order, then the room's records (decisions, actions, parking lot). */
export type ChangeGroupId = StageId | 'room';

export interface ChangeGroup {
  readonly id: ChangeGroupId;
  readonly title: string;
  readonly items: readonly ChangeItem[];
}

export interface FindingRef {
  readonly key: string;
  readonly severity: Severity;
  readonly title: string;
  readonly message: string;
}

export interface ReadinessChange {
  readonly before: { readonly verdict: Verdict; readonly verdictLabel: string; readonly score: number };
  readonly after: { readonly verdict: Verdict; readonly verdictLabel: string; readonly score: number };
  /** Findings in the after state but not before, matched by finding key: the "why". */
  readonly appeared: readonly FindingRef[];
  readonly cleared: readonly FindingRef[];
}

export interface ChangeReport {
  readonly readiness: ReadinessChange;
  /** Only groups with changes, in method order. */
  readonly groups: readonly ChangeGroup[];
  /** Items across all groups (the readiness line not counted). */
  readonly count: number;
}
