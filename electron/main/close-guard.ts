/**
 * Closing a window must not drop the last keystrokes: the renderer commits edits on a short
 * debounce. So the first close is held back, the renderer is asked to flush (and write its
 * backups), and the window closes when it answers — or after a timeout, so a hung renderer can
 * never stop the facilitator from quitting.
 */
export const FLUSH_TIMEOUT_MS = 3000;

export interface CloseGuardDeps {
  /** Sends the flush request to this window's renderer. */
  readonly requestFlush: (requestId: number) => void;
  /** Actually closes the window (called once, after the flush or the timeout). */
  readonly close: () => void;
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
  readonly timeoutMs?: number;
}

export function createCloseGuard(deps: CloseGuardDeps) {
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let nextRequestId = 1;
  let waitingFor: { requestId: number; timer: unknown } | null = null;
  let isCleared = false;

  const finish = () => {
    if (waitingFor) clearTimer(waitingFor.timer);
    waitingFor = null;
    isCleared = true;
    deps.close();
  };

  return {
    /** Call from the window's 'close' event; returns true when the close must be prevented for now. */
    shouldHoldClose(): boolean {
      if (isCleared) return false;
      if (waitingFor) return true;
      const requestId = nextRequestId++;
      waitingFor = { requestId, timer: setTimer(finish, deps.timeoutMs ?? FLUSH_TIMEOUT_MS) };
      deps.requestFlush(requestId);
      return true;
    },
    /** The renderer's answer. A stale or unknown id (an old request, a forged call) changes nothing. */
    confirm(requestId: number): boolean {
      if (!waitingFor || waitingFor.requestId !== requestId) return false;
      finish();
      return true;
    },
  };
}

export type CloseGuard = ReturnType<typeof createCloseGuard>;
