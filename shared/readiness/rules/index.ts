import { AREA_IDS, SEVERITIES } from '../types';
import type { AreaFine, Rule } from '../rule';
import { inputVarietyNotInPilot, noModelEndOfLife, noQualityGate, noRevalidationBudget, runningCostApprovedShort } from './ai-operations';
import { dataGovernanceSilent, highRiskStandardMissing, noHumanOversight } from './ai-standards';
import { COST_RULES, costFine } from './cost';
import { OPERATING_MODEL_RULES, operatingModelFine } from './operating-model';
import { OWNERSHIP_RULES, ownershipFine } from './ownership';
import { PEOPLE_RULES, peopleFine } from './people';
import { PILOT_RULES, pilotFine } from './pilot';
import { RISKS_RULES, risksFine } from './risks';
import { STANDARDS_RULES, standardsFine } from './standards';
import { STANDARDS_EVIDENCE_RULES } from './standards-evidence';
import { TRANSITION_GATE_RULES } from './transition-gate';
import { TRANSITION_RULES, transitionFine } from './transition';

const rank = (rule: Rule): number => AREA_IDS.indexOf(rule.area) * SEVERITIES.length + SEVERITIES.indexOf(rule.severity);

/**
 * Every rule, in the order findings are listed: by area (as in AREA_IDS), blocking before warning
 * within an area, then as listed here (the sort is stable). Rules that span areas, such as the
 * transition gate's, are listed once in their own file and sorted into place.
 */
export const RULES: readonly Rule[] = [
  ...PEOPLE_RULES,
  ...OPERATING_MODEL_RULES,
  noQualityGate,
  noModelEndOfLife,
  highRiskStandardMissing,
  ...STANDARDS_RULES,
  dataGovernanceSilent,
  noHumanOversight,
  ...COST_RULES,
  runningCostApprovedShort,
  noRevalidationBudget,
  ...OWNERSHIP_RULES,
  ...TRANSITION_RULES,
  ...PILOT_RULES,
  inputVarietyNotInPilot,
  ...RISKS_RULES,
  ...STANDARDS_EVIDENCE_RULES,
  ...TRANSITION_GATE_RULES,
].sort((a, b) => rank(a) - rank(b));

export const AREA_FINE: readonly AreaFine[] = [
  peopleFine,
  operatingModelFine,
  standardsFine,
  costFine,
  ownershipFine,
  transitionFine,
  pilotFine,
  risksFine,
];

export { TRANSITION_MAX_WEEKS, TRANSITION_MIN_WEEKS } from './transition';
