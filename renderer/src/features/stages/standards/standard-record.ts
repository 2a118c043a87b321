import type { Standard, StandardStatus } from '../../../../../shared/domain/standards';

/** The two end states that need something written down: met (evidence and date), waived (a reason). */
export const asksForRecord = (status: StandardStatus | undefined): boolean => status === 'met' || status === 'waived';

/**
 * What is missing from a standard's record of being met or waived, in a few words for the row's
 * flags. The same cases as the readiness rules standards.met-without-evidence and
 * standards.waived-without-reason.
 */
export function missingRecord(standard: Pick<Standard, 'status' | 'evidence' | 'metOn' | 'waivedReason'>): string[] {
  if (standard.status === 'met') {
    return [
      ...(standard.evidence.trim() === '' ? ['Met: no evidence'] : []),
      ...(standard.metOn === null ? ['Met: no date'] : []),
    ];
  }
  if (standard.status === 'waived' && standard.waivedReason.trim() === '') return ['Waived: no reason'];
  return [];
}
