import { z } from 'zod';
import { STAGE_IDS } from '../method/stages';
import { LIMITS } from './limits';

/**
 * Building blocks shared by every part of the workshop schema. Text is allowed to be empty
 * everywhere: the schema checks structure, not completeness. An unfinished plan must always
 * save; telling the room what is missing is the readiness engine's job.
 */

/** Every entity id is a UUID (crypto.randomUUID in the app), unique within its workshop. */
export const IdSchema = z.uuid();
export type Id = z.infer<typeof IdSchema>;

/** A calendar date with no time zone, e.g. the workshop day or a due date. */
export const DateSchema = z.iso.date();
/** A moment in time, as written by `new Date().toISOString()`; offsets are accepted for hand-edited files. */
export const DateTimeSchema = z.iso.datetime({ offset: true });

export const ShortTextSchema = z.string().max(LIMITS.shortText);
export const LongTextSchema = z.string().max(LIMITS.longText);

/** Money as integer cents (hundredths of the currency unit, for every currency; see cost.ts). */
export const CentsSchema = z.number().int().min(0).max(LIMITS.moneyCents);

export const WeeksSchema = z.number().int().min(0).max(LIMITS.weeks);

/** ISO 4217 alphabetic code, e.g. EUR, USD, GBP. */
export const CurrencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as EUR');

/** One of the nine stages, in method order (shared/method/stages.ts). */
export const StageIdSchema = z.enum(STAGE_IDS);

export const LikelihoodSchema = z.enum(['low', 'medium', 'high']);
export type Likelihood = z.infer<typeof LikelihoodSchema>;

/**
 * A record keyed by ids (ballots, RACI cells). Zod does not bound a record's size, and keys are
 * not array items, so the cap is a refinement.
 */
export function boundedRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(
  keys: K,
  values: V,
  maxEntries: number,
) {
  return z.record(keys, values).refine((record) => Object.keys(record).length <= maxEntries, {
    message: `has too many entries (at most ${maxEntries})`,
  });
}
