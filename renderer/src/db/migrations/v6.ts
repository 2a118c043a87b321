import { v5 } from './v5';

/**
 * Database version 6: the team library. Three tables beside the workshops, no record step (a
 * workshop record does not know whether it is shared: that is this laptop's choice, not the plan's).
 * - `sharedPlans`: the plans this laptop syncs with the team server, each with its Yjs document
 *   state, so edits made offline merge when the laptop reconnects.
 * - `teamPlans`: the team's portfolio as the server's index last described it.
 * - `syncNotices`: what sync did that the facilitator must see (a row deleted elsewhere while edited
 *   here, an update the gate refused), until dismissed.
 * Never edit a released version.
 */
export const v6 = {
  version: 6,
  stores: {
    ...v5.stores,
    sharedPlans: 'workshopId',
    teamPlans: 'workshopId',
    syncNotices: 'id, workshopId, createdAt',
  },
} as const;
