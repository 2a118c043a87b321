import type { LifecycleCost } from '../domain/cost';
import { computeLifecycle, type LifecycleResult } from './lifecycle';

/**
 * The lifecycle of a workshop's stored cost stage. Worked out on the stored cents: every figure
 * the gate and the ratios compare is in the same unit, so the unit cancels out; amounts are
 * converted only when they are formatted. The cost stage, the readiness rules and the summary all
 * call this one mapping.
 */
export function lifecycleOfCost(cost: LifecycleCost): LifecycleResult {
  return computeLifecycle({
    prototype: cost.prototypeCents,
    transition: cost.transitionCents,
    operationsPerYear: cost.operationsPerYearCents,
    maintenancePerYear: cost.maintenancePerYearCents,
    benefitPerYear: cost.benefitPerYearCents,
    horizonYears: cost.horizonYears,
    goLiveDate: cost.goLiveDate,
  });
}
