import { describe, expect, it } from 'vitest';
import { COMMAND_IDS } from '../../../shared/commands';
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

  it('gives every channel of the list its schemas', () => {
    for (const [name, entry] of Object.entries(invokeContract)) {
      expect(typeof entry.args.safeParse, name).toBe('function');
      expect(typeof entry.result.safeParse, name).toBe('function');
    }
    for (const [name, entry] of Object.entries(eventContract)) expect(typeof entry.payload.safeParse, name).toBe('function');
  });

  it('accepts every command of the command table as a menu command, and nothing else', () => {
    for (const id of COMMAND_IDS) expect(eventContract.onMenuCommand.payload.safeParse(id).success, id).toBe(true);
    expect(eventContract.onMenuCommand.payload.safeParse('shell:run').success).toBe(false);
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

  it('takes a team server address only when it parses, with the parser’s reason when it does not, or null', () => {
    const args = invokeContract.setTeamServer.args;
    expect(args.safeParse(['wss://sync.example.org']).success).toBe(true);
    expect(args.safeParse(['sync.example.org']).success, 'a bare host means wss://').toBe(true);
    expect(args.safeParse([null]).success).toBe(true);
    const refused = args.safeParse(['ftp://sync.example.org']);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toContain('wss://');
    expect(refused.error?.issues[0]?.path).toEqual([0]);
    expect(args.safeParse([]).success).toBe(false);
  });
});
