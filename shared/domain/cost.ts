import { z } from 'zod';
import { LIMITS } from './limits';
import { CentsSchema, CurrencyCodeSchema, DateSchema } from './primitives';

/**
 * The full lifecycle cost (shared/method/METHOD.md step 4). Every amount is integer cents — hundredths of the
 * currency unit for every currency, even those with no minor unit (JPY) or three (KWD) — so the
 * arithmetic needs no currency table and stays exact. Formatting divides by 100. null means
 * "not entered yet", which is different from zero.
 */
export const LifecycleCostSchema = z.strictObject({
  currency: CurrencyCodeSchema,
  prototypeCents: CentsSchema.nullable(),
  transitionCents: CentsSchema.nullable(),
  operationsPerYearCents: CentsSchema.nullable(),
  maintenancePerYearCents: CentsSchema.nullable(),
  benefitPerYearCents: CentsSchema.nullable(),
  horizonYears: z.number().int().min(0).max(LIMITS.horizonYears).nullable(),
  goLiveDate: DateSchema.nullable(),
  /** Since record version 3: how many years of running cost finance has approved (vs horizonYears). */
  runningCostApprovedYears: z.number().int().min(0).max(LIMITS.horizonYears).nullable(),
  /** Since record version 3: the yearly budget to re-validate after a model or prompt change. */
  revalidationPerYearCents: CentsSchema.nullable(),
});
export type LifecycleCost = z.infer<typeof LifecycleCostSchema>;
