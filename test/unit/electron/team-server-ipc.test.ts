import { describe, expect, it, vi } from 'vitest';
import { createInvokeHandlers, type InvokeHandlerDeps } from '../../../electron/main/invoke-handlers';
import { isTrustedSenderFrame, registerInvokeHandlers } from '../../../electron/main/ipc-registry';
import { loadTeamServerStore, type TeamServerFs } from '../../../electron/main/team-server-store';
import { invokeChannels } from '../../../shared/ipc';
import type { SenderFrame } from '../../../electron/main/ipc-registry';
import { fakeIpcMain, mainFrame, subFrame } from './fakes';

const FILE = '/userData/team-server.json';
const OLD = '{"version":1,"url":"wss://old.example.org"}';

/** A disk that only ever holds the settings file; `isFull` makes every write fail as ENOSPC does. */
function fakeDisk() {
  const files = new Map([[FILE, OLD]]);
  const disk = { files, isFull: false };
  const full = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
  const fs: TeamServerFs = {
    readFile: async (file) => files.get(file) ?? Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })),
    open: async (file) => {
      if (disk.isFull) throw full();
      return { writeFile: async (data) => void files.set(file, data), sync: async () => undefined, close: async () => undefined };
    },
    rename: async (from, to) => {
      files.set(to, files.get(from) ?? '');
      files.delete(from);
    },
    rm: async (file) => void files.delete(file),
  };
  return { disk, fs };
}

/** The two channels as main really answers them: the registry's checks, the handlers, the store on a fake disk. */
async function setUp() {
  const { disk, fs } = fakeDisk();
  const teamServer = await loadTeamServerStore(fs, FILE, () => undefined);
  const teamServerChanged = vi.fn();
  // Only the team server channels are called here; the other dependencies are never reached.
  const handlers = createInvokeHandlers({ teamServer, teamServerChanged } as unknown as InvokeHandlerDeps);
  const ipc = fakeIpcMain();
  registerInvokeHandlers(ipc.registrar, handlers, (frame) => isTrustedSenderFrame(frame, ['app://endfirst']), () => undefined);
  const ours = mainFrame('app://endfirst/');
  return {
    disk,
    teamServer,
    teamServerChanged,
    get: (frame: SenderFrame | null = ours) => ipc.invoke(invokeChannels.getTeamServer, frame),
    set: (frame: SenderFrame | null = ours, ...args: unknown[]) => ipc.invoke(invokeChannels.setTeamServer, frame, ...args),
  };
}

describe('the team server channels', () => {
  it('answers the saved address, read at start-up', async () => {
    const { get } = await setUp();
    await expect(get()).resolves.toEqual({ ok: true, value: { url: 'wss://old.example.org' } });
  });

  it('saves only the parsed url of what was typed, then asks for the windows to reload', async () => {
    const { set, get, disk, teamServerChanged } = await setUp();
    await expect(set(undefined, '  https://Sync.Example.org/team/ ')).resolves.toEqual({ ok: true, value: { url: 'wss://sync.example.org/team' } });
    expect(JSON.parse(disk.files.get(FILE) ?? '')).toEqual({ version: 1, url: 'wss://sync.example.org/team' });
    expect(teamServerChanged).toHaveBeenCalledOnce();
    await expect(get()).resolves.toEqual({ ok: true, value: { url: 'wss://sync.example.org/team' } });
  });

  it('forgets the team server with null', async () => {
    const { set, get, teamServerChanged } = await setUp();
    await expect(set(undefined, null)).resolves.toEqual({ ok: true, value: { url: null } });
    expect(teamServerChanged).toHaveBeenCalledOnce();
    await expect(get()).resolves.toEqual({ ok: true, value: { url: null } });
  });

  it.each([
    ['no argument', []],
    ['undefined', [undefined]],
    ['a number', [443]],
    ['an object that looks like an address', [{ url: 'wss://sync.example.org' }]],
    ['an array', [['wss://sync.example.org']]],
    ['two arguments', ['wss://sync.example.org', 'wss://other.example.org']],
    ['an empty string', ['']],
    ['a huge string', [`wss://${'a'.repeat(3000)}.example.org`]],
    ['a scheme that is not a socket', ['ftp://sync.example.org']],
    ['a file', ['file:///etc/passwd']],
    ['credentials', ['wss://ana:secret@sync.example.org']],
    ['a query', ['wss://sync.example.org/?room=1']],
    ['a directive smuggled in', ["wss://sync.example.org; connect-src *"]],
    ['a space inside the host', ['wss://sync example.org']],
  ])('refuses %s as a bad request, stores nothing and reloads nothing', async (_label, args) => {
    const { set, disk, teamServer, teamServerChanged } = await setUp();
    const result = await set(undefined, ...args);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    if (!result.ok) expect(result.error.issues?.length).toBeGreaterThan(0);
    expect(disk.files.get(FILE)).toBe(OLD);
    expect(teamServer.current()?.url).toBe('wss://old.example.org');
    expect(teamServerChanged).not.toHaveBeenCalled();
  });

  it.each([
    ['a web page', mainFrame('https://evil.example/')],
    ['a subframe of ours', subFrame('app://endfirst/')],
    ['a frame that has gone', null],
  ])('refuses a save from %s and a read too', async (_label, frame) => {
    const { set, get, disk, teamServerChanged } = await setUp();
    await expect(set(frame, 'wss://evil.example')).resolves.toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    await expect(get(frame)).resolves.toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(disk.files.get(FILE)).toBe(OLD);
    expect(teamServerChanged).not.toHaveBeenCalled();
  });

  it('answers a full disk with `failed` and the message, keeps the old address and reloads nothing', async () => {
    const { set, get, disk, teamServerChanged } = await setUp();
    disk.isFull = true;
    await expect(set(undefined, 'wss://new.example.org')).resolves.toEqual({
      ok: false,
      error: { code: 'failed', message: 'Could not save the team server address: the disk is full. Free some space and try again; the previous setting is kept.' },
    });
    expect(disk.files.get(FILE)).toBe(OLD);
    expect(teamServerChanged).not.toHaveBeenCalled();
    await expect(get()).resolves.toEqual({ ok: true, value: { url: 'wss://old.example.org' } });
  });
});
