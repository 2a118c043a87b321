import { create } from 'zustand';

/** Which workshop this window has open, for things outside the screen (close handling, backups). */
export const useOpenWorkshop = create<{ id: string | null }>()(() => ({ id: null }));
