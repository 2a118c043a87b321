import { describe, expect, it } from 'vitest';
import { eventChannels, invokeChannels } from '../../shared/ipc/channels';
import { builtFile, loadWithFakeElectron } from './built-app';
import { createFakePreloadElectron } from './fake-electron';

/** dist/preload/index.cjs, the sandboxed preload that ships, run in Node against a fake contextBridge. */
describe('the built preload', () => {
  const fake = createFakePreloadElectron();
  loadWithFakeElectron(builtFile('dist/preload/index.cjs'), fake.module);
  const bridge = fake.exposed.get('endfirst') as Record<string, (...args: unknown[]) => unknown> | undefined;

  it('exposes one object, window.endfirst, with exactly the contract’s functions', () => {
    expect([...fake.exposed.keys()]).toEqual(['endfirst']);
    expect(Object.keys(bridge ?? {}).sort()).toEqual([...Object.keys(invokeChannels), ...Object.keys(eventChannels)].sort());
    for (const value of Object.values(bridge ?? {})) expect(typeof value).toBe('function');
  });

  it('sends each invoke function to its own channel', async () => {
    for (const [name, channel] of Object.entries(invokeChannels)) {
      fake.invoked.length = 0;
      await bridge?.[name]?.('argument');
      expect(fake.invoked.map((call) => call.channel), name).toEqual([channel]);
    }
  });

  it('listens for file-open requests from the start, so a file sent before the page subscribes is kept', () => {
    expect(fake.listenedChannels).toEqual([eventChannels.onFileOpenRequest]);
  });
});
