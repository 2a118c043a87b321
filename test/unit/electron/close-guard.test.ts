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

describe('a reload main asks for waits for the renderer to save too', () => {
  it('asks for a flush and reloads once it is confirmed, once', () => {
    const { guard, deps } = setUp();
    const reload = vi.fn();
    guard.flushThen(reload);
    expect(deps.requestFlush).toHaveBeenCalledExactlyOnceWith(1);
    expect(reload).not.toHaveBeenCalled();
    expect(guard.confirm(1)).toBe(true);
    expect(reload).toHaveBeenCalledOnce();
    expect(guard.confirm(1), 'a second answer to the same request').toBe(false);
    expect(reload).toHaveBeenCalledOnce();
    expect(deps.close).not.toHaveBeenCalled();
  });

  it('reloads after the timeout when the renderer never answers, and not again on a late answer', () => {
    const { guard, timers } = setUp();
    const reload = vi.fn();
    guard.flushThen(reload);
    expect(timers[0]?.ms).toBe(FLUSH_TIMEOUT_MS);
    timers[0]?.run();
    expect(reload).toHaveBeenCalledOnce();
    expect(guard.confirm(1)).toBe(false);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('leaves a later close held for its own flush, and each answer releases only its own request', () => {
    const { guard, deps } = setUp();
    const reload = vi.fn();
    guard.flushThen(reload);
    expect(guard.shouldHoldClose()).toBe(true);
    expect(deps.requestFlush.mock.calls).toEqual([[1], [2]]);
    expect(guard.confirm(1)).toBe(true);
    expect(reload).toHaveBeenCalledOnce();
    expect(deps.close).not.toHaveBeenCalled();
    expect(guard.shouldHoldClose(), 'the close is still waiting for its own answer').toBe(true);
    expect(guard.confirm(2)).toBe(true);
    expect(deps.close).toHaveBeenCalledOnce();
  });
});
