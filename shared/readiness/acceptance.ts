import type { RiskAcceptance } from '../domain/ai-risk';
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
