import { describe, expect, it, vi } from 'vitest';
import {
  createFileOpenQueue,
  findEndfirstFileArg,
  MAX_OPEN_FILE_BYTES,
  readFileOpenRequest,
} from '../../../electron/main/open-file-request';
import type { OpenFileFs } from '../../../electron/main/open-file-request';

describe('findEndfirstFileArg', () => {
  it.each([
    ['a Windows double-click', ['C:\\Program Files\\Endfirst\\Endfirst.exe', 'C:\\Users\\ana\\Pilot.endfirst'], 'C:\\Users\\ana\\Pilot.endfirst'],
    ['a Linux launch', ['/opt/Endfirst/endfirst', '--no-sandbox', '/home/ana/pilot.endfirst'], '/home/ana/pilot.endfirst'],
    ['switches after the file', ['/opt/endfirst', '/home/ana/pilot.endfirst', '--enable-logging', '--allow-file-access-from-files'], '/home/ana/pilot.endfirst'],
    ['two files: the last wins', ['/opt/endfirst', 'a.endfirst', 'b.ENDFIRST'], 'b.ENDFIRST'],
    ['a flag that looks like a file', ['/opt/endfirst', '--open=x.endfirst'], null],
    ['no file', ['/opt/endfirst', '.'], null],
    ['another file type', ['/opt/endfirst', 'notes.txt', 'pilot.endfirst.exe'], null],
    ['nothing at all', [], null],
  ])('%s', (_label, argv, expected) => {
    expect(findEndfirstFileArg(argv)).toBe(expected);
  });
});

describe('readFileOpenRequest', () => {
  const fsWith = (size: number, contents = '{"workshop":1}', isFile = true): OpenFileFs => ({
    stat: vi.fn(async () => ({ size, isFile: () => isFile })),
    readFile: vi.fn(async () => contents),
  });

  it('reads a .endfirst file into a request named after the file', async () => {
    await expect(readFileOpenRequest('/home/ana/Pilot.endfirst', fsWith(14))).resolves.toEqual({
      ok: true,
      request: { fileName: 'Pilot.endfirst', contents: '{"workshop":1}' },
    });
  });

  it('accepts a file of exactly 20 MB', async () => {
    await expect(readFileOpenRequest('/x/a.endfirst', fsWith(MAX_OPEN_FILE_BYTES))).resolves.toMatchObject({ ok: true });
  });

  it('refuses a file over 20 MB without reading it', async () => {
    const fs = fsWith(MAX_OPEN_FILE_BYTES + 1);
    await expect(readFileOpenRequest('/x/a.endfirst', fs)).resolves.toEqual({ ok: false, reason: 'too-large' });
    expect(fs.readFile).not.toHaveBeenCalled();
  });

  it('refuses a file that grew past 20 MB between stat and read', async () => {
    const fs = fsWith(10, 'x'.repeat(MAX_OPEN_FILE_BYTES + 1));
    await expect(readFileOpenRequest('/x/a.endfirst', fs)).resolves.toEqual({ ok: false, reason: 'too-large' });
  });

  it.each(['/etc/passwd', '/x/a.endfirst.exe', '/x/a.json'])('refuses %s, which is not a .endfirst file', async (file) => {
    const fs = fsWith(10);
    await expect(readFileOpenRequest(file, fs)).resolves.toEqual({ ok: false, reason: 'not-endfirst' });
    expect(fs.stat).not.toHaveBeenCalled();
  });

  it('refuses a folder named like a workshop, and a file that cannot be read', async () => {
    await expect(readFileOpenRequest('/x/a.endfirst', fsWith(10, '', false))).resolves.toEqual({ ok: false, reason: 'unreadable' });
    const missing: OpenFileFs = { stat: async () => Promise.reject(new Error('ENOENT')), readFile: async () => '' };
    await expect(readFileOpenRequest('/x/a.endfirst', missing)).resolves.toEqual({ ok: false, reason: 'unreadable' });
  });
});

describe('createFileOpenQueue', () => {
  const request = { fileName: 'a.endfirst', contents: '{}' };

  it('holds a request that arrives before the renderer has loaded', () => {
    const send = vi.fn();
    const queue = createFileOpenQueue(send);
    queue.deliver(request);
    expect(send).not.toHaveBeenCalled();
    queue.rendererLoaded();
    expect(send).toHaveBeenCalledExactlyOnceWith(request);
    queue.rendererLoaded();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends at once when the renderer is ready, and waits again while it reloads', () => {
    const send = vi.fn();
    const queue = createFileOpenQueue(send);
    queue.rendererLoaded();
    queue.deliver(request);
    expect(send).toHaveBeenCalledTimes(1);
    queue.rendererLoading();
    queue.deliver({ ...request, fileName: 'b.endfirst' });
    expect(send).toHaveBeenCalledTimes(1);
    queue.rendererLoaded();
    expect(send).toHaveBeenLastCalledWith({ ...request, fileName: 'b.endfirst' });
  });
});
