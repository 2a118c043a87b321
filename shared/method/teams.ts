/**
 * The teams a participant can belong to. The list follows METHOD.md's three failures: the two
 * mandates (innovation, operations) and the people who were "never asked" (IT/security, data,
 * finance, legal/risk) plus the business owner who wants the value.
 */
export const TEAM_IDS = [
  'innovation',
  'operations',
  'it-security',
  'data',
  'finance',
  'business-owner',
  'legal-risk',
  'other',
] as const;

export type TeamId = (typeof TEAM_IDS)[number];

export const TEAM_LABELS: Readonly<Record<TeamId, string>> = {
  innovation: 'Innovation',
  operations: 'Operations',
  'it-security': 'IT / Security',
  data: 'Data',
  finance: 'Finance',
  'business-owner': 'Business owner',
  'legal-risk': 'Legal / Risk',
  other: 'Other',
};
