import type { RiskAcceptance } from '../domain/ai-risk';
import { LIMITS } from '../domain/limits';
import { formatDay } from '../text';

/**
 * Accepting a risk or a warning instead of fixing it is allowed for a while, never for good.
 *
 * - 'live': accepted until a date that has not passed (the last day itself still counts). A live
 *   acceptance answers a pre-mortem risk and takes an accepted warning out of the count.
 * - 'expired': the date has passed. The risk or the warning comes back.
 * - 'no-expiry': accepted with no end date. An acceptance nobody will look at again is not an
 *   acceptance: it does not count, and says why.
 *
 * `today` is YYYY-MM-DD (ISO dates compare correctly as strings). With no `today` the assessment
 * cannot tell whether a date has passed, so a dated acceptance stays live.
 */
export type AcceptanceState = 'live' | 'expired' | 'no-expiry';

/**
 * Which findings the review offers to accept: warnings, except the ones that say an acceptance
 * has lapsed (accepting those would hide the risk for good: the risk itself is accepted again, in
 * the pre-mortem). A blocking finding is never acceptable.
 */
export const LAPSED_ACCEPTANCE_RULE_IDS: readonly string[] = ['risks.acceptance-expired', 'risks.acceptance-no-expiry'];
export const canAcceptFinding = (finding: { readonly severity: string; readonly ruleId: string }): boolean =>
  finding.severity === 'warning' && !LAPSED_ACCEPTANCE_RULE_IDS.includes(finding.ruleId);

export function acceptanceState(acceptance: Pick<RiskAcceptance, 'until'>, today: string | null): AcceptanceState {
  if (acceptance.until === null) return 'no-expiry';
  if (today !== null && acceptance.until < today) return 'expired';
  return 'live';
}

const acceptor = (acceptance: Pick<RiskAcceptance, 'acceptedBy'>): string => acceptance.acceptedBy.trim() || 'someone';

/** One sentence for a lapsed acceptance: "Accepted by Dana until 1 June 2027, now expired." */
export function lapsedAcceptanceNote(acceptance: Pick<RiskAcceptance, 'acceptedBy' | 'until'>, today: string | null): string {
  const state = acceptanceState(acceptance, today);
  if (state === 'no-expiry') return `Accepted by ${acceptor(acceptance)} with no end date: an acceptance must say until when.`;
  const until = formatDay(acceptance.until ?? '');
  return state === 'expired' ? `Accepted by ${acceptor(acceptance)} until ${until}, now expired.` : `Accepted by ${acceptor(acceptance)} until ${until}.`;
}

export interface AcceptanceDraft {
  readonly acceptedBy: string;
  readonly reason: string;
  /** As typed in a date input: YYYY-MM-DD or ''. */
  readonly until: string;
}

export type AcceptanceProblems = Partial<Record<keyof AcceptanceDraft, string>>;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isRealDay = (day: string): boolean =>
  ISO_DAY.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

/**
 * What the "Accept…" dialogs store, or why not: who accepts it, why, and until a day from today
 * on (an acceptance that ends before today would expire at once). Nothing is stored while any
 * problem remains.
 */
export function checkAcceptance(
  draft: AcceptanceDraft,
  today: string,
): { readonly ok: true; readonly acceptance: RiskAcceptance } | { readonly ok: false; readonly problems: AcceptanceProblems } {
  const problems: { -readonly [K in keyof AcceptanceDraft]?: string } = {};
  const acceptedBy = draft.acceptedBy.trim();
  const reason = draft.reason.trim();
  const until = draft.until.trim();
  if (acceptedBy === '') problems.acceptedBy = 'Name who accepts it: the person accountable for the risk.';
  else if (acceptedBy.length > LIMITS.shortText) problems.acceptedBy = `Keep the name under ${LIMITS.shortText} characters.`;
  if (reason === '') problems.reason = 'Say why it is accepted rather than answered in the plan.';
  else if (reason.length > LIMITS.longText) problems.reason = `Keep the reason under ${LIMITS.longText} characters.`;
  if (until === '') problems.until = 'Give an end date: an acceptance is looked at again when it runs out.';
  else if (!isRealDay(until)) problems.until = 'Enter the end date as a calendar date.';
  else if (until < today) problems.until = `Choose today (${formatDay(today)}) or a later day: this date has already passed.`;
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, acceptance: { acceptedBy, reason, acceptedOn: today, until } };
}
