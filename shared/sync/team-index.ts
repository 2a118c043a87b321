import type * as Y from 'yjs';
import { z } from 'zod';
import { assessReadiness } from '../readiness';
import type { Workshop } from '../domain/workshop';

/**
 * The team index: one Yjs document, `team-index`, listing every shared plan with what the portfolio
 * shows. A laptop that lacks a plan in it fetches that plan, which is how a new laptop receives all.
 * Each plan's entry is one value (last writer wins): only the laptop that edited the plan rewrites it.
 */

export const TEAM_INDEX_DOC = 'team-index';
const PLAN_PREFIX = 'plan:';
const ENTRIES = 'plans';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The document name of one plan on the team server. */
export const planDocName = (workshopId: string): string => `${PLAN_PREFIX}${workshopId}`;

/** The names the team server accepts: the index, and one document per plan named by its id. */
export function isTeamDocName(name: string): boolean {
  return name === TEAM_INDEX_DOC || (name.startsWith(PLAN_PREFIX) && UUID.test(name.slice(PLAN_PREFIX.length)));
}

export const TeamIndexEntrySchema = z.object({
  workshopId: z.string().regex(UUID),
  title: z.string().max(500),
  organisation: z.string().max(500),
  facilitator: z.string().max(500),
  phase: z.string().max(40),
  verdict: z.string().max(40).nullable(),
  score: z.number().min(0).max(100).nullable(),
  updatedAt: z.string().max(40),
});
export type TeamIndexEntry = z.infer<typeof TeamIndexEntrySchema>;

/** What the portfolio shows of one plan; verdict and score as this laptop's review computes them today. */
export function indexEntryFor(workshop: Workshop, today: string | null): TeamIndexEntry {
  const report = assessReadiness(workshop, { today });
  return {
    workshopId: workshop.id,
    title: workshop.meta.title,
    organisation: workshop.meta.organisation,
    facilitator: workshop.meta.facilitator,
    phase: workshop.meta.phase,
    verdict: report.verdict,
    score: report.score,
    updatedAt: workshop.updatedAt,
  };
}

const entries = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(ENTRIES);

/** Writes one plan's entry, only when it differs (so an unchanged plan sends nothing). */
export function writeIndexEntry(doc: Y.Doc, entry: TeamIndexEntry, origin: unknown): void {
  const current = TeamIndexEntrySchema.safeParse(entries(doc).get(entry.workshopId));
  if (current.success && JSON.stringify(current.data) === JSON.stringify(TeamIndexEntrySchema.parse(entry))) return;
  doc.transact(() => entries(doc).set(entry.workshopId, { ...entry }), origin);
}

export interface TeamIndex {
  readonly entries: readonly TeamIndexEntry[];
  /** Entries that failed the schema: left out, and named so the runtime can report them. */
  readonly refusedKeys: readonly string[];
}

/** Every valid entry, sorted by id; an entry that fails the schema, or sits under another id, is left out. */
export function readTeamIndex(doc: Y.Doc): TeamIndex {
  const valid: TeamIndexEntry[] = [];
  const refusedKeys: string[] = [];
  entries(doc).forEach((value, key) => {
    const parsed = TeamIndexEntrySchema.safeParse(value);
    if (parsed.success && parsed.data.workshopId === key) valid.push(parsed.data);
    else refusedKeys.push(key);
  });
  valid.sort((a, b) => a.workshopId.localeCompare(b.workshopId));
  return { entries: valid, refusedKeys: refusedKeys.sort() };
}
