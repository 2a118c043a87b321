import { describe, expect, it, vi } from 'vitest';
import { createCloseGuard, FLUSH_TIMEOUT_MS } from '../../../electron/main/close-guard';

function setUp() {
  const timers: { run: () => void; ms: number }[] = [];
  const deps = {
    requestFlush: vi.fn(),
    close: vi.fn(),
    setTimer: (run: () => void, ms: number) => timers.push({ run, ms }),
    clearTimer: vi.fn(),
  };
  return { guard: createCloseGuard(deps), deps, timers };
}

describe('closing a window waits for the renderer to save', () => {
  it('holds the first close and asks the renderer to flush', () => {
    const { guard, deps, timers } = setUp();
    expect(guard.shouldHoldClose()).toBe(true);
    expect(deps.requestFlush).toHaveBeenCalledExactlyOnceWith(1);
    expect(deps.close).not.toHaveBeenCalled();
    expect(timers[0]?.ms).toBe(FLUSH_TIMEOUT_MS);
  });

  it('closes once the renderer confirms, and lets the close through after that', () => {
    const { guard, deps } = setUp();
    guard.shouldHoldClose();
    expect(guard.confirm(1)).toBe(true);
    expect(deps.close).toHaveBeenCalledOnce();
    expect(guard.shouldHoldClose()).toBe(false);
  });

  it('closes after the timeout when the renderer never answers', () => {
    const { guard, deps, timers } = setUp();
    guard.shouldHoldClose();
    timers[0]?.run();
    expect(deps.close).toHaveBeenCalledOnce();
    expect(guard.shouldHoldClose()).toBe(false);
  });

  it('ignores a confirmation with the wrong id, and repeated close clicks while waiting', () => {
    const { guard, deps } = setUp();
    guard.shouldHoldClose();
    expect(guard.shouldHoldClose()).toBe(true);
    expect(deps.requestFlush).toHaveBeenCalledOnce();
    expect(guard.confirm(7)).toBe(false);
    expect(guard.confirm(0)).toBe(false);
    expect(deps.close).not.toHaveBeenCalled();
  });

  it('ignores a confirmation nobody asked for', () => {
    const { guard, deps } = setUp();
    expect(guard.confirm(1)).toBe(false);
    expect(deps.close).not.toHaveBeenCalled();
  });
});
