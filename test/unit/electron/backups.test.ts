import { describe, expect, it } from 'vitest';
import { BACKUPS_KEPT_PER_WORKSHOP, createBackupStore, type BackupFs } from '../../../electron/main/backups';

const DIR = '/data/Endfirst/backups';
const WORKSHOP = '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b';
const OTHER = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

/** An in-memory disk that can be told to fail the way real disks do. */
function fakeDisk(failures: { writeFile?: string; rename?: string; readdir?: string } = {}) {
  const files = new Map<string, string>();
  const fail = (code: string | undefined) => {
    if (code) throw Object.assign(new Error(`${code}: simulated`), { code });
  };
  const fs: BackupFs = {
    mkdir: () => Promise.resolve(),
    writeFile: async (file, data) => {
      if (failures.writeFile === 'ENOSPC-half') {
        files.set(file, data.slice(0, data.length / 2)); // the disk filled up part-way through
        fail('ENOSPC');
      }
      fail(failures.writeFile);
      files.set(file, data);
    },
    rename: async (from, to) => {
      fail(failures.rename);
      const data = files.get(from);
      if (data === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      files.delete(from);
      files.set(to, data);
    },
    readdir: async () => {
      fail(failures.readdir);
      return [...files.keys()].map((file) => file.slice(DIR.length + 1));
    },
    readFile: async (file) => {
      const data = files.get(file);
      if (data === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return data;
    },
    stat: async (file) => ({ size: files.get(file)?.length ?? 0 }),
    rm: async (file) => {
      files.delete(file);
    },
  };
  return { fs, files };
}

function clock(start = Date.parse('2026-11-26T14:00:00.000Z')) {
  let t = start;
  return () => new Date((t += 1000));
}

describe('backups outside IndexedDB', () => {
  it('writes through a temporary file and lists the result', async () => {
    const { fs, files } = fakeDisk();
    const store = createBackupStore(fs, DIR, clock());
    const entry = await store.write(WORKSHOP, '{"format":"endfirst"}');
    expect([...files.keys()]).toEqual([`${DIR}/${entry.fileName}`]);
    expect(await store.list()).toEqual([{ ...entry, savedAt: '2026-11-26T14:00:01.000Z' }]);
    expect(await store.read(entry.fileName)).toBe('{"format":"endfirst"}');
  });

  it(`keeps the newest ${BACKUPS_KEPT_PER_WORKSHOP} per workshop and leaves other workshops alone`, async () => {
    const { fs } = fakeDisk();
    const store = createBackupStore(fs, DIR, clock());
    await store.write(OTHER, 'other');
    for (let i = 0; i < 15; i += 1) await store.write(WORKSHOP, `v${i}`);
    const listed = await store.list();
    const mine = listed.filter((entry) => entry.workshopId === WORKSHOP);
    expect(mine).toHaveLength(BACKUPS_KEPT_PER_WORKSHOP);
    expect(await store.read(mine[0]!.fileName)).toBe('v14');
    expect(listed.filter((entry) => entry.workshopId === OTHER)).toHaveLength(1);
  });

  it.each([
    ['ENOSPC', 'the disk is full'],
    ['ENOSPC-half', 'the disk is full'],
    ['EACCES', 'not allowed to write'],
  ])('a %s while writing says why and leaves no partial file behind', async (code, message) => {
    const { fs, files } = fakeDisk({ writeFile: code });
    const store = createBackupStore(fs, DIR, clock());
    await expect(store.write(WORKSHOP, 'x'.repeat(100))).rejects.toThrow(message);
    expect(files.size).toBe(0);
  });

  it('a failed rename keeps the previous good backup and removes the temporary file', async () => {
    const disk = fakeDisk();
    const store = createBackupStore(disk.fs, DIR, clock());
    const good = await store.write(WORKSHOP, 'good');
    const failing = createBackupStore({ ...disk.fs, rename: () => Promise.reject(Object.assign(new Error('x'), { code: 'EACCES' })) }, DIR, clock(Date.parse('2026-11-27T00:00:00Z')));
    await expect(failing.write(WORKSHOP, 'newer')).rejects.toThrow('not allowed to write');
    expect([...disk.files.keys()]).toEqual([`${DIR}/${good.fileName}`]);
  });

  it('never lists a half-written temporary file left by a crash', async () => {
    const { fs, files } = fakeDisk();
    files.set(`${DIR}/${WORKSHOP}--2026-11-26T14-00-00-000Z.endfirst.4242.tmp`, '{"format":"endf');
    expect(await createBackupStore(fs, DIR).list()).toEqual([]);
  });

  it('an absent backup folder lists as empty', async () => {
    const { fs } = fakeDisk({ readdir: 'ENOENT' });
    expect(await createBackupStore(fs, DIR).list()).toEqual([]);
  });

  it.each(['../secrets.endfirst', '/etc/passwd', `${WORKSHOP}.endfirst`, `..%2f${WORKSHOP}--2026-11-26T14-00-00-000Z.endfirst`])(
    'refuses to read %s',
    async (name) => {
      const { fs } = fakeDisk();
      await expect(createBackupStore(fs, DIR).read(name)).rejects.toThrow('not the name of an Endfirst backup');
    },
  );
});
