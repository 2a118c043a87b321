/** How knowledge moves from the builders to the runners: by working together, not by documents alone. */
export const KNOWLEDGE_TRANSFER_KINDS = [
  'pairing',
  'runbook-walkthrough',
  'shadowing-incidents',
  'handover-review',
  'custom',
] as const;

export type KnowledgeTransferKind = (typeof KNOWLEDGE_TRANSFER_KINDS)[number];
export type DefaultKnowledgeTransferKind = Exclude<KnowledgeTransferKind, 'custom'>;

export const DEFAULT_KNOWLEDGE_TRANSFER_ACTIVITIES: readonly {
  readonly kind: DefaultKnowledgeTransferKind;
  readonly label: string;
  readonly description: string;
}[] = [
  {
    kind: 'pairing',
    label: 'Pairing on real work',
    description: 'Builders and operators work the same tickets side by side, swapping who drives.',
  },
  {
    kind: 'runbook-walkthrough',
    label: 'Runbook walkthrough',
    description: 'Operators walk the runbook step by step on the live system while the builders watch and fix the gaps.',
  },
  {
    kind: 'shadowing-incidents',
    label: 'Shadowing incidents',
    description: 'Operators handle real or rehearsed incidents with a builder beside them, then the other way round.',
  },
  {
    kind: 'handover-review',
    label: 'Handover review',
    description: 'Both sides check the exit criteria together and the operational owner signs the handover.',
  },
];
