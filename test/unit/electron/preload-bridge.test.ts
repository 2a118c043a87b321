import { describe, expect, it, vi } from 'vitest';
import type { IpcRendererEvent } from 'electron';
import { buildBridge, HELD_EVENT_LIMIT } from '../../../electron/preload/build-bridge';
import type { BridgeIpc } from '../../../electron/preload/build-bridge';
import { eventChannels, eventContract, invokeChannels, invokeContract } from '../../../shared/ipc';

type Listener = (event: IpcRendererEvent, ...args: unknown[]) => void;

/** A fake ipcRenderer: records invokes, and lets a test emit events the way main would. */
function fakeIpcRenderer() {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args } })),
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
    }),
  } satisfies BridgeIpc;
  const event = { sender: { send: () => undefined }, senderId: 0 } as unknown as IpcRendererEvent;
  const emit = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener(event, payload);
  };
  return { ipc, emit, listeners };
}

describe('the preload bridge (window.endfirst)', () => {
  it('exposes exactly the contract names: no ipcRenderer, no generic send', () => {
    const bridge = buildBridge(fakeIpcRenderer().ipc);
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(invokeContract), ...Object.keys(eventContract)].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('invokes the contract channel with the arguments given', async () => {
    const { ipc } = fakeIpcRenderer();
    const bridge = buildBridge(ipc);
    await bridge.getAppInfo();
    await bridge.openExternal('https://example.org');
    expect(ipc.invoke.mock.calls).toEqual([[invokeChannels.getAppInfo], [invokeChannels.openExternal, 'https://example.org']]);
  });

  it('passes on only the declared arguments', async () => {
    const { ipc } = fakeIpcRenderer();
    const openExternal = buildBridge(ipc).openExternal as (...args: unknown[]) => Promise<unknown>;
    await openExternal('https://example.org', 'smuggled');
    expect(ipc.invoke).toHaveBeenCalledWith(invokeChannels.openExternal, 'https://example.org');
  });

  it('returns what main answered', async () => {
    const { ipc } = fakeIpcRenderer();
    await expect(buildBridge(ipc).getAppInfo()).resolves.toEqual({ ok: true, value: { channel: invokeChannels.getAppInfo, args: [] } });
  });

  it('gives a listener the payload and never the IPC event', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const listener = vi.fn();
    buildBridge(ipc).onMenuCommand(listener);
    emit(eventChannels.onMenuCommand, 'workshop:new');
    expect(listener).toHaveBeenCalledExactlyOnceWith('workshop:new');
  });

  it('stops calling a listener once unsubscribed, and leaves others subscribed', () => {
    const { ipc, emit, listeners } = fakeIpcRenderer();
    const bridge = buildBridge(ipc);
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = bridge.onMenuCommand(first);
    bridge.onMenuCommand(second);

    unsubscribeFirst();
    emit(eventChannels.onMenuCommand, 'file:export');

    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledExactlyOnceWith('file:export');
    expect(listeners.get(eventChannels.onMenuCommand)?.size).toBe(1);
  });

  describe('file-open requests', () => {
    const pilot = { fileName: 'pilot.endfirst', contents: '{}' };
    const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));

    it('keeps a request that arrives before anyone listens and gives it to the first subscriber', async () => {
      const { ipc, emit } = fakeIpcRenderer();
      const bridge = buildBridge(ipc);
      emit(eventChannels.onFileOpenRequest, pilot);

      const listener = vi.fn();
      bridge.onFileOpenRequest(listener);
      await settle();
      expect(listener).toHaveBeenCalledExactlyOnceWith(pilot);

      const later = vi.fn();
      bridge.onFileOpenRequest(later);
      await settle();
      expect(later).not.toHaveBeenCalled();
    });

    it('delivers straight away while someone listens, without the IPC event, and stops after unsubscribe', async () => {
      const { ipc, emit } = fakeIpcRenderer();
      const bridge = buildBridge(ipc);
      const listener = vi.fn();
      const unsubscribe = bridge.onFileOpenRequest(listener);
      emit(eventChannels.onFileOpenRequest, pilot);
      expect(listener).toHaveBeenCalledExactlyOnceWith(pilot);

      unsubscribe();
      emit(eventChannels.onFileOpenRequest, { ...pilot, fileName: 'next.endfirst' });
      expect(listener).toHaveBeenCalledTimes(1);

      const next = vi.fn();
      bridge.onFileOpenRequest(next);
      await settle();
      expect(next).toHaveBeenCalledExactlyOnceWith({ ...pilot, fileName: 'next.endfirst' });
    });

    it('does not hand a held request to a listener that unsubscribed before it could be delivered', async () => {
      const { ipc, emit } = fakeIpcRenderer();
      const bridge = buildBridge(ipc);
      emit(eventChannels.onFileOpenRequest, pilot);
      const gone = vi.fn();
      bridge.onFileOpenRequest(gone)();
      await settle();
      expect(gone).not.toHaveBeenCalled();

      const stays = vi.fn();
      bridge.onFileOpenRequest(stays);
      await settle();
      expect(stays).toHaveBeenCalledExactlyOnceWith(pilot);
    });

    it(`holds at most ${HELD_EVENT_LIMIT} unheard requests`, async () => {
      const { ipc, emit } = fakeIpcRenderer();
      const bridge = buildBridge(ipc);
      for (let index = 0; index < HELD_EVENT_LIMIT + 5; index += 1) emit(eventChannels.onFileOpenRequest, { ...pilot, fileName: `${index}.endfirst` });
      const listener = vi.fn();
      bridge.onFileOpenRequest(listener);
      await settle();
      expect(listener).toHaveBeenCalledTimes(HELD_EVENT_LIMIT);
    });
  });
});
