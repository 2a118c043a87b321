import type { GoNoGoOutcome } from '../domain/pilot';
import type { Phase } from '../domain/phases';
import type { ReadinessGate } from '../domain/sessions';
import type { Workshop } from '../domain/workshop';
import type { Verdict } from './types';

/**
 * Which gate the review speaks of. Before the go/no-go it is the start of the pilot; once the
 * decider said "go" (the plan is in transition or already in production) it is the hand-over to
 * operations, where the standards must be shown met and the transition team and owner be in place.
 * The phase is the source of truth: recording a decision sets it, and the room may set it by hand.
 */
export function readinessGate(workshop: Pick<Workshop, 'meta' | 'pilot'>): ReadinessGate {
  const { phase } = workshop.meta;
  if (phase === 'transition' || phase === 'production') return 'transition';
  if (phase === 'go-no-go' && workshop.pilot.decision.outcome === 'go') return 'transition';
  return 'pilot';
}

/** A plan the room stopped: a finished plan, reported as such rather than as something to fix. */
export interface StoppedPlan {
  /** 'YYYY-MM-DD', or null when the stop was set by hand without a recorded decision date. */
  readonly decidedOn: string | null;
  readonly rationale: string;
}

export function stoppedPlan(workshop: Pick<Workshop, 'meta' | 'pilot'>): StoppedPlan | null {
  if (workshop.meta.phase !== 'stopped') return null;
  const { decision } = workshop.pilot;
  const recorded = decision.outcome === 'stop';
  return { decidedOn: recorded ? decision.decidedOn : null, rationale: recorded ? decision.rationale.trim() : '' };
}

/** Where a decision takes the plan: go → transition, extend → back to the pilot, stop → stopped. */
export const PHASE_AFTER_DECISION: Readonly<Record<GoNoGoOutcome, Phase>> = {
  go: 'transition',
  extend: 'pilot',
  stop: 'stopped',
};

/**
 * The phase once a decision is recorded, changed or taken back. Taking it back (null) returns the
 * plan to the go/no-go, where it waits for one, but only if the phase is still where the earlier
 * decision put it: a phase the room has since set by hand ("In production") is left alone.
 */
export function phaseAfterDecision(current: Phase, previous: GoNoGoOutcome | null, next: GoNoGoOutcome | null): Phase {
  if (next !== null) return PHASE_AFTER_DECISION[next];
  if (previous !== null && current === PHASE_AFTER_DECISION[previous]) return 'go-no-go';
  return current;
}

/** What each phase is called in the library, its filter and the workshop's setup. */
export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  planning: 'Planning',
  pilot: 'Pilot',
  'go-no-go': 'Go/no-go',
  transition: 'Transition',
  production: 'In production',
  stopped: 'Stopped',
};

/** A library row written before phases existed has none: it is still being planned. */
export const phaseOf = (summary: { readonly phase?: Phase | undefined }): Phase => summary.phase ?? 'planning';

/** The verdicts in the words of each gate, in the style of VERDICT_LABELS. */
export const GATE_VERDICT_LABELS = {
  pilot: { ready: 'Ready to start the pilot', 'fix-before-starting': 'Fix before starting', 'do-not-start': 'Do not start' },
  transition: { ready: 'Ready for transition', 'fix-before-starting': 'Fix before transition', 'do-not-start': 'Do not hand over' },
} as const satisfies Record<ReadinessGate, Record<Verdict, string>>;
