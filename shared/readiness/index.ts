/** The readiness review (stage 8): findings, area scores and the verdict. Import from here. */
export {
  type AcceptanceDraft,
  type AcceptanceProblems,
  acceptanceState,
  canAcceptFinding,
  LAPSED_ACCEPTANCE_RULE_IDS,
  type AcceptanceState,
  checkAcceptance,
  lapsedAcceptanceNote,
} from './acceptance';
export { assessReadiness, type AssessOptions, BLOCKING_NOT_ACCEPTABLE, AREA_WARNING_POINTS, ITEM_WARNING_POINTS, pointsOff, READY_MIN_SCORE } from './assess-readiness';
export { AREAS, type AreaInfo } from './areas';
export { explainVerdict, findingsToName } from './explain-verdict';
export type { BlockingRule, Rule, RuleHit, WarningRule } from './rule';
export { RULES, TRANSITION_MAX_WEEKS, TRANSITION_MIN_WEEKS } from './rules/index';
export * from './types';
export { GATE_VERDICT_LABELS, PHASE_AFTER_DECISION, PHASE_LABELS, phaseAfterDecision, phaseOf, readinessGate, stoppedPlan, type StoppedPlan } from './gate';
