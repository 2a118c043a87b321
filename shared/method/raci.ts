import type { TeamId } from './teams';

/** R, A, C, I — one letter per party per activity. */
export const RACI_ROLES = ['R', 'A', 'C', 'I'] as const;
export type RaciRole = (typeof RACI_ROLES)[number];

export const RACI_ROLE_LABELS: Readonly<Record<RaciRole, string>> = {
  R: 'Responsible',
  A: 'Accountable',
  C: 'Consulted',
  I: 'Informed',
};

/**
 * The activities that outlive the pilot, plus the two that come before it. Keys let the readiness
 * rules find a specific row (e.g. out-of-hours incidents) even after the room renames it.
 */
export const DEFAULT_RACI_ACTIVITY_KEYS = [
  'build-pilot',
  'run-pilot',
  'production-operations',
  'monitoring-alerting',
  'out-of-hours-incidents',
  'model-prompt-changes',
  'user-support',
  'operations-budget',
  'data-governance',
] as const;

export type DefaultRaciActivityKey = (typeof DEFAULT_RACI_ACTIVITY_KEYS)[number];
export type RaciActivityKey = DefaultRaciActivityKey | 'custom';

export const DEFAULT_RACI_ACTIVITIES: readonly { readonly key: DefaultRaciActivityKey; readonly name: string }[] = [
  { key: 'build-pilot', name: 'Build the pilot' },
  { key: 'run-pilot', name: 'Run the pilot' },
  { key: 'production-operations', name: 'Production operations' },
  { key: 'monitoring-alerting', name: 'Monitoring and alerting' },
  { key: 'out-of-hours-incidents', name: 'Out-of-hours incidents' },
  { key: 'model-prompt-changes', name: 'Model and prompt changes' },
  { key: 'user-support', name: 'User support' },
  { key: 'operations-budget', name: 'Operations budget' },
  { key: 'data-governance', name: 'Data governance' },
];

/** Teams offered as RACI columns in a new workshop; the room adds people or removes teams as it goes. */
export const DEFAULT_RACI_PARTY_TEAMS: readonly TeamId[] = [
  'innovation',
  'operations',
  'it-security',
  'data',
  'finance',
  'business-owner',
];
