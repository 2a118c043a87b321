import { create } from 'zustand';

export interface Toast {
  readonly id: number;
  readonly message: string;
  readonly tone: 'info' | 'success' | 'error';
  /** e.g. "Undo" after moving a workshop to Trash. */
  readonly action?: { readonly label: string; readonly run: () => void };
}

interface ToastState {
  readonly toasts: readonly Toast[];
  show(toast: Omit<Toast, 'id'>, durationMs?: number): number;
  dismiss(id: number): void;
}

let nextId = 1;

/** Transient messages. Errors stay until dismissed: a facilitator may be looking at the room. */
export const useToasts = create<ToastState>()((set, get) => ({
  toasts: [],
  show(toast, durationMs = toast.tone === 'error' ? 0 : 6000) {
    const id = nextId++;
    set({ toasts: [...get().toasts, { ...toast, id }].slice(-4) });
    if (durationMs > 0) setTimeout(() => get().dismiss(id), durationMs);
    return id;
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((toast) => toast.id !== id) });
  },
}));

export const showToast = (toast: Omit<Toast, 'id'>, durationMs?: number) =>
  useToasts.getState().show(toast, durationMs);
