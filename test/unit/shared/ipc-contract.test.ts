import { describe, expect, it } from 'vitest';
import { eventChannels, eventContract, invokeChannels, invokeContract } from '../../../shared/ipc';

describe('the IPC contract', () => {
  it('names every invoke channel the preload exposes, with the same wire name', () => {
    const fromContract = Object.fromEntries(Object.entries(invokeContract).map(([name, c]) => [name, c.channel]));
    expect(fromContract).toEqual(invokeChannels);
  });

  it('names every event channel the preload exposes, with the same wire name', () => {
    const fromContract = Object.fromEntries(Object.entries(eventContract).map(([name, c]) => [name, c.channel]));
    expect(fromContract).toEqual(eventChannels);
  });

  it('never reuses a wire name for two channels', () => {
    const names = [...Object.values(invokeChannels), ...Object.values(eventChannels)];
    expect(new Set(names).size).toBe(names.length);
  });

  it('refuses an openExternal call without a URL or with a huge one', () => {
    expect(invokeContract.openExternal.args.safeParse([]).success).toBe(false);
    expect(invokeContract.openExternal.args.safeParse(['x'.repeat(5000)]).success).toBe(false);
    expect(invokeContract.openExternal.args.safeParse(['https://example.org']).success).toBe(true);
  });
});
