import { mkdtemp, open, readFile, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTeamServerStore, TEAM_SERVER_FILE_NAME, type TeamServerFs } from '../../../electron/main/team-server-store';

const FILE = '/userData/team-server.json';

type Step = 'open' | 'writeFile' | 'sync' | 'close' | 'rename';

/** A disk in memory that records each step and can fail one of them, the way a full disk does. */
function fakeDisk(initial: Record<string, string> = {}) {
  const files = new Map(Object.entries(initial));
  const steps: string[] = [];
  let failing: { step: Step; code: string } | null = null;
  /** Fails once, like a disk that is full for one write and has room again after. */
  const failIf = (step: Step) => {
    if (failing?.step !== step) return;
    const { code } = failing;
    failing = null;
    throw Object.assign(new Error(`${code}: no space left on device, ${step}`), { code });
  };
  const fs: TeamServerFs = {
    readFile: async (file) => {
      const text = files.get(file);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return text;
    },
    open: async (file) => {
      steps.push(`open ${file}`);
      failIf('open');
      files.set(file, '');
      return {
        writeFile: async (data) => {
          steps.push(`write ${file}`);
          failIf('writeFile');
          files.set(file, data);
        },
        sync: async () => {
          steps.push(`sync ${file}`);
          failIf('sync');
        },
        close: async () => {
          steps.push(`close ${file}`);
          failIf('close');
        },
      };
    },
    rename: async (from, to) => {
      steps.push(`rename ${from} -> ${to}`);
      failIf('rename');
      files.set(to, files.get(from) ?? '');
      files.delete(from);
    },
    rm: async (file) => {
      steps.push(`rm ${file}`);
      files.delete(file);
    },
  };
  return {
    fs,
    files,
    steps,
    failNext: (step: Step, code = 'ENOSPC') => {
      failing = { step, code };
    },
  };
}

async function load(initial: Record<string, string> = {}) {
  const disk = fakeDisk(initial);
  const warnings: string[] = [];
  const store = await loadTeamServerStore(disk.fs, FILE, (message) => warnings.push(message));
  return { disk, store, warnings };
}

describe('reading the team server address at start-up', () => {
  it('a missing file is no team server, without a warning', async () => {
    const { store, warnings } = await load();
    expect(store.current()).toBeNull();
    expect(warnings).toEqual([]);
  });

  it('a saved address is read with its origin', async () => {
    const { store, warnings } = await load({ [FILE]: '{"version":1,"url":"wss://sync.example.org/team"}\n' });
    expect(store.current()).toEqual({ url: 'wss://sync.example.org/team', origin: 'wss://sync.example.org' });
    expect(warnings).toEqual([]);
  });

  it('a file saying "none" is no team server, without a warning', async () => {
    const { store, warnings } = await load({ [FILE]: '{"version":1,"url":null}' });
    expect(store.current()).toBeNull();
    expect(warnings).toEqual([]);
  });

  it.each([
    ['an empty file', ''],
    ['half a JSON object', '{"version":1,"url":"wss://sync.exa'],
    ['a list', '["wss://sync.example.org"]'],
    ['no version', '{"url":"wss://sync.example.org"}'],
    ['a later version', '{"version":2,"url":"wss://sync.example.org"}'],
    ['a number for the address', '{"version":1,"url":443}'],
    ['an address that does not parse', '{"version":1,"url":"ftp://sync.example.org"}'],
    ['a directive smuggled into the address', `{"version":1,"url":"wss://sync.example.org; script-src *"}`],
    ['credentials in the address', '{"version":1,"url":"wss://ana:secret@sync.example.org"}'],
  ])('%s is no team server, with a warning, and the file is left as it is', async (_label, text) => {
    const { store, warnings, disk } = await load({ [FILE]: text });
    expect(store.current()).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(FILE);
    expect(disk.files.get(FILE)).toBe(text);
    expect(disk.steps).toEqual([]);
  });

  it('a file that cannot be read is no team server, with a warning', async () => {
    const disk = fakeDisk();
    disk.fs.readFile = () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
    const warnings: string[] = [];
    const store = await loadTeamServerStore(disk.fs, FILE, (message) => warnings.push(message));
    expect(store.current()).toBeNull();
    expect(warnings).toEqual([expect.stringContaining('EACCES')]);
  });
});

describe('saving the team server address', () => {
  it('writes a temporary file, puts it on disk, then renames it over the old one', async () => {
    const { store, disk } = await load({ [FILE]: '{"version":1,"url":"wss://old.example.org"}' });
    await expect(store.save('  https://Sync.Example.org/team/  ')).resolves.toEqual({ url: 'wss://sync.example.org/team', origin: 'wss://sync.example.org' });
    const temporary = `${FILE}.saving`;
    expect(disk.steps).toEqual([`open ${temporary}`, `write ${temporary}`, `sync ${temporary}`, `close ${temporary}`, `rename ${temporary} -> ${FILE}`]);
    expect(JSON.parse(disk.files.get(FILE) ?? '')).toEqual({ version: 1, url: 'wss://sync.example.org/team' });
    expect(disk.files.has(temporary)).toBe(false);
    expect(store.current()?.origin).toBe('wss://sync.example.org');
  });

  it('forgets the team server with null, still on disk, so the next start has none', async () => {
    const { store, disk } = await load({ [FILE]: '{"version":1,"url":"wss://old.example.org"}' });
    await expect(store.save(null)).resolves.toBeNull();
    expect(store.current()).toBeNull();
    const restarted = await loadTeamServerStore(disk.fs, FILE, () => undefined);
    expect(restarted.current()).toBeNull();
  });

  it('replaces a corrupt file only when the facilitator saves an address', async () => {
    const { store, disk } = await load({ [FILE]: 'not json' });
    await store.save('wss://sync.example.org');
    expect(JSON.parse(disk.files.get(FILE) ?? '')).toEqual({ version: 1, url: 'wss://sync.example.org' });
  });

  it.each(['', 'ftp://sync.example.org', 'wss://ana:secret@sync.example.org', 'wss://sync.example.org/?room=1', 'wss://'])(
    'refuses %j with the parser’s message and touches nothing',
    async (typed) => {
      const { store, disk } = await load({ [FILE]: '{"version":1,"url":"wss://old.example.org"}' });
      const failure = await store.save(typed).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Error);
      expect((failure as Error).message).not.toBe('');
      expect(disk.steps).toEqual([]);
      expect(store.current()?.url).toBe('wss://old.example.org');
    },
  );

  it.each(['open', 'writeFile', 'sync', 'close', 'rename'] as const)(
    'a full disk at %s rejects with a clear message and keeps the old file and the old address',
    async (step) => {
      const old = '{"version":1,"url":"wss://old.example.org"}';
      const { store, disk } = await load({ [FILE]: old });
      disk.failNext(step);
      const failure = await store.save('wss://new.example.org').catch((error: unknown) => error);
      expect((failure as Error).message).toBe('Could not save the team server address: the disk is full. Free some space and try again; the previous setting is kept.');
      expect(disk.files.get(FILE)).toBe(old);
      expect(disk.files.has(`${FILE}.saving`), 'the temporary file is cleaned up').toBe(false);
      expect(store.current()).toEqual({ url: 'wss://old.example.org', origin: 'wss://old.example.org' });
    },
  );

  it('names a folder it may not write to', async () => {
    const { store, disk } = await load();
    disk.failNext('open', 'EACCES');
    await expect(store.save('wss://sync.example.org')).rejects.toThrow('not allowed to write to its settings folder');
    expect(store.current()).toBeNull();
  });

  it('saves one at a time, in the order asked, and a failed save does not block the next', async () => {
    const { store, disk } = await load();
    disk.failNext('rename');
    const first = store.save('wss://first.example.org');
    const second = store.save('wss://second.example.org');
    await expect(first).rejects.toThrow('disk is full');
    await expect(second).resolves.toMatchObject({ url: 'wss://second.example.org' });
    // The second write began only after the first had failed and cleaned up: they never shared the temporary file.
    expect(disk.steps.indexOf(`rm ${FILE}.saving`)).toBeLessThan(disk.steps.lastIndexOf(`open ${FILE}.saving`));
    expect(store.current()?.url).toBe('wss://second.example.org');
    expect(JSON.parse(disk.files.get(FILE) ?? '')).toEqual({ version: 1, url: 'wss://second.example.org' });
  });
});

describe('the store on a real disk', () => {
  let folder = '';
  afterAll(async () => {
    if (folder !== '') await rm(folder, { recursive: true, force: true });
  });

  it('keeps the address across a restart and leaves no temporary file behind', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'endfirst-team-server-'));
    const file = path.join(folder, TEAM_SERVER_FILE_NAME);
    const fs = { readFile, open, rename, rm };
    const first = await loadTeamServerStore(fs, file, () => undefined);
    await first.save('ws://localhost:1234');
    const restarted = await loadTeamServerStore(fs, file, () => undefined);
    expect(restarted.current()).toEqual({ url: 'ws://localhost:1234', origin: 'ws://localhost:1234' });
    expect(await readdir(folder)).toEqual([TEAM_SERVER_FILE_NAME]);
  });
});
