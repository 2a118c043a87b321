import { create } from 'zustand';

/** Whether the team server dialog is open: the header, the library and the portfolio all open it. */
export const useTeamServerDialog = create<{ readonly isOpen: boolean }>(() => ({ isOpen: false }));

export const openTeamServerDialog = (): void => useTeamServerDialog.setState({ isOpen: true });
export const closeTeamServerDialog = (): void => useTeamServerDialog.setState({ isOpen: false });
