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
import { TRANSITION_RULES, transitionFine } from './transition';

/**
 * Every rule, in the order findings are listed: by area (as in AREA_IDS), blocking before warning
 * within an area, then as listed here. A test checks that the order agrees with the areas.
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
];

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
