import { create } from 'zustand';

/**
 * Which workshop this window has open, for things outside the screen: close handling, backups,
 * and the app header, which names it so the busy workshop bar does not have to.
 */
export const useOpenWorkshop = create<{ id: string | null; title: string | null }>()(() => ({ id: null, title: null }));
