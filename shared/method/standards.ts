/**
 * The ten standards METHOD.md puts on the table for every capability (seven until record
 * version 3 added the last three; the migration adds them to older plans as "not discussed"). Teams add their own as
 * `custom`; a default may be marked "does not apply" but never silently dropped.
 */
export const DEFAULT_STANDARD_KEYS = [
  'security-review',
  'data-governance',
  'monitoring-alerting',
  'fallback-process',
  'documentation',
  'support-model',
  'cost-model',
  // Since record version 3: the three that AI pilots in particular die without.
  'evaluation-quality-gate',
  'human-oversight',
  'ai-risk-assessment',
] as const;

export type DefaultStandardKey = (typeof DEFAULT_STANDARD_KEYS)[number];
export type StandardKey = DefaultStandardKey | 'custom';

export interface DefaultStandard {
  readonly key: DefaultStandardKey;
  readonly name: string;
  readonly description: string;
}

export const DEFAULT_STANDARDS: readonly DefaultStandard[] = [
  {
    key: 'security-review',
    name: 'Security review',
    description: 'IT security has reviewed the architecture, access and data flows, and signed off the risks.',
  },
  {
    key: 'data-governance',
    name: 'Data governance',
    description: 'We know what data it reads and keeps, on what legal basis, for how long, and who may see it.',
  },
  {
    key: 'monitoring-alerting',
    name: 'Monitoring and alerting',
    description: 'Someone is told, automatically, when it is down, slow, or quietly getting answers wrong.',
  },
  {
    key: 'fallback-process',
    name: 'Fallback process',
    description: 'Work still gets done, by an agreed manual route, when the system is unavailable.',
  },
  {
    key: 'documentation',
    name: 'Documentation',
    description: 'Runbooks, design decisions and known edge cases are written down for the people who run it.',
  },
  {
    key: 'support-model',
    name: 'Support model',
    description: 'Users know where to go for help, with agreed hours of cover, escalation and service levels.',
  },
  {
    key: 'cost-model',
    name: 'Cost model',
    description: 'Running costs are forecast, approved by finance, and tracked against the benefit.',
  },
  {
    key: 'evaluation-quality-gate',
    name: 'Evaluation and quality gate',
    description:
      'A golden set of real inputs with a pass threshold, run on every change of model, prompt, retrieval index or guardrail.',
  },
  {
    key: 'human-oversight',
    name: 'Human oversight',
    description:
      'People review before action, or sample outputs, per output type; reviewers are trained, overrides are logged, and someone can stop it.',
  },
  {
    key: 'ai-risk-assessment',
    name: 'AI risk and impact assessment',
    description:
      'The risk class with its reasoning, the intended and unsupported uses, and a legal sign-off.',
  },
];
