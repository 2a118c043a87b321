/**
 * Schema version 1: the first release. Never edit a released version: add v2.ts with its own
 * stores and upgrade function, a fixture of v1 data, and a test that migrates it intact.
 */
export const v1 = {
  version: 1,
  stores: {
    workshops: 'id',
    summaries: 'id, updatedAt, deletedAt',
    versions: 'id, workshopId, [workshopId+createdAt]',
    settings: 'key',
  },
} as const;
