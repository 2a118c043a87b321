/**
 * Closing a window must not drop the last keystrokes: the renderer commits edits on a short
 * debounce. So the first close is held back, the renderer is asked to flush (and write its
 * backups), and the window closes when it answers — or after a timeout, so a hung renderer can
 * never stop the facilitator from quitting.
 *
 * A reload main asks for (a new team server address changes the page's policy) goes through the
 * same handshake: `flushThen` asks for a flush and reloads once it is answered or timed out.
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
  /** Each flush asked for and not yet answered, by request id, with what runs once it is. */
  const waiting = new Map<number, { timer: unknown; then: () => void }>();
  let isClosing = false;
  let isCleared = false;

  /** Asks the renderer to flush; `then` runs once, on its answer or at the timeout, whichever is first. */
  const askForFlush = (then: () => void): void => {
    const requestId = nextRequestId++;
    const finish = () => {
      if (!waiting.delete(requestId)) return;
      then();
    };
    waiting.set(requestId, { timer: setTimer(finish, deps.timeoutMs ?? FLUSH_TIMEOUT_MS), then: finish });
    deps.requestFlush(requestId);
  };

  return {
    /** Call from the window's 'close' event; returns true when the close must be prevented for now. */
    shouldHoldClose(): boolean {
      if (isCleared) return false;
      if (isClosing) return true;
      isClosing = true;
      askForFlush(() => {
        isCleared = true;
        deps.close();
      });
      return true;
    },
    /** Commits the renderer's pending edits, then runs `then` (a reload); a hung renderer only delays it. */
    flushThen(then: () => void): void {
      askForFlush(then);
    },
    /** The renderer's answer. A stale or unknown id (an old request, a forged call) changes nothing. */
    confirm(requestId: number): boolean {
      const waiter = waiting.get(requestId);
      if (!waiter) return false;
      clearTimer(waiter.timer);
      waiter.then();
      return true;
    },
  };
}

export type CloseGuard = ReturnType<typeof createCloseGuard>;
