import { create } from 'zustand';

/** The team server connection as the sync runtime last saw it: UI state, never persisted. */
export type TeamConnection = 'off' | 'connecting' | 'online' | 'offline' | 'refused';

export interface TeamConnectionState {
  readonly connection: TeamConnection;
  /** The sentence to show when the connection is offline or refused, in the screens' words. */
  readonly problem: string | null;
  /** Plans with local edits the server has not confirmed yet. */
  readonly pendingWorkshopIds: ReadonlySet<string>;
}

export const useTeamConnection = create<TeamConnectionState>(() => ({
  connection: 'off',
  problem: null,
  pendingWorkshopIds: new Set(),
}));
