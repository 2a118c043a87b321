// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { ipcFail, ipcOk, type EndfirstBridge } from '../../../shared/ipc';
import { createElectronHost } from '../../../renderer/src/host/electronHost';
import { HostError } from '../../../renderer/src/host/HostApi';
import { createWebHost } from '../../../renderer/src/host/webHost';

vi.stubGlobal('__APP_VERSION__', '9.9.9');

function fakeBridge(overrides: Partial<EndfirstBridge> = {}): EndfirstBridge {
  return {
    getAppInfo: () =>
      Promise.resolve(
        ipcOk({ name: 'Endfirst', version: '1.0.0', platform: 'linux', dataFolder: '/home/f/.config/Endfirst', electronVersion: '45.5.0' }),
      ),
    openExternal: () => Promise.resolve(ipcOk({ opened: true })),
    copyText: () => Promise.resolve(ipcOk({ copied: true })),
    writeBackup: (workshopId) => Promise.resolve(ipcOk({ fileName: 'f.endfirst', workshopId, savedAt: '', bytes: 2 })),
    listBackups: () => Promise.resolve(ipcOk([])),
    readBackup: () => Promise.resolve(ipcOk({ contents: '{}' })),
    confirmFlushed: () => Promise.resolve(ipcOk({ accepted: true })),
    exportSummaryPdf: () => Promise.resolve(ipcOk({ status: 'cancelled' as const })),
    signalPrintReady: () => Promise.resolve(ipcOk({ accepted: true })),
    showExportedFile: () => Promise.resolve(ipcOk({ shown: true })),
    getTeamServer: () => Promise.resolve(ipcOk({ url: null })),
    setTeamServer: (url) => Promise.resolve(ipcOk({ url })),
    onFlushRequest: () => () => undefined,
    onMenuCommand: () => () => undefined,
    onFileOpenRequest: () => () => undefined,
    ...overrides,
  };
}

describe('the Electron host', () => {
  it('unwraps a successful answer', async () => {
    const info = await createElectronHost(fakeBridge()).getAppInfo();
    expect(info.dataFolder).toBe('/home/f/.config/Endfirst');
  });

  it('turns a refused call into a HostError carrying main’s reason', async () => {
    const host = createElectronHost(
      fakeBridge({ openExternal: () => Promise.resolve(ipcFail('bad-request', 'Expected a URL', ['0'])) }),
    );
    const failure = await host.openExternal('').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HostError);
    expect(failure).toMatchObject({ code: 'bad-request', message: 'Expected a URL', issues: ['0'] });
  });

  it('answers a close request after flushing, even when the flush fails', async () => {
    let request: ((payload: { requestId: number }) => void) | undefined;
    let answered: (requestId: number) => void = () => undefined;
    const answer = new Promise<number>((resolve) => (answered = resolve));
    const confirmFlushed = vi.fn((requestId: number) => {
      answered(requestId);
      return Promise.resolve(ipcOk({ accepted: true }));
    });
    const host = createElectronHost(
      fakeBridge({
        onFlushRequest: (listener) => {
          request = listener;
          return () => undefined;
        },
        confirmFlushed,
      }),
    );
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const flush = vi.fn(() => Promise.reject(new Error('disk full')));
    host.onBeforeClose(flush);
    request?.({ requestId: 3 });
    // Awaited as an event, not polled against a deadline.
    expect(await answer).toBe(3);
    expect(confirmFlushed).toHaveBeenCalledOnce();
    expect(flush).toHaveBeenCalledOnce();
  });
});

describe('the Electron host’s team server', () => {
  it('reads the address main keeps', async () => {
    const host = createElectronHost(fakeBridge({ getTeamServer: () => Promise.resolve(ipcOk({ url: 'wss://sync.example.org' })) }));
    await expect(host.teamServer.get()).resolves.toBe('wss://sync.example.org');
  });

  it('sends main the parsed url of what was typed, or null to forget it', async () => {
    const setTeamServer = vi.fn((url: string | null) => Promise.resolve(ipcOk({ url })));
    const host = createElectronHost(fakeBridge({ setTeamServer }));
    await host.teamServer.set(' https://Sync.Example.org/team/ ');
    await host.teamServer.set(null);
    expect(setTeamServer.mock.calls).toEqual([['wss://sync.example.org/team'], [null]]);
  });

  it('refuses an address that does not parse with the parser’s message, without asking main', async () => {
    const setTeamServer = vi.fn((url: string | null) => Promise.resolve(ipcOk({ url })));
    const host = createElectronHost(fakeBridge({ setTeamServer }));
    const failure = await host.teamServer.set('ftp://sync.example.org').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HostError);
    expect(failure).toMatchObject({ code: 'bad-request', message: expect.stringContaining('wss://') });
    expect(setTeamServer).not.toHaveBeenCalled();
  });

  it('turns main’s refusal (a full disk) into a HostError with its message', async () => {
    const message = 'Could not save the team server address: the disk is full. Free some space and try again; the previous setting is kept.';
    const host = createElectronHost(fakeBridge({ setTeamServer: () => Promise.resolve(ipcFail('failed', message)) }));
    await expect(host.teamServer.set('wss://sync.example.org')).rejects.toMatchObject({ name: 'HostError', code: 'failed', message });
  });
});

describe('the web host', () => {
  it('has no backup folder', () => {
    expect(createWebHost().backups).toBeNull();
  });

  it('reports the browser as its platform and no data folder', async () => {
    expect(await createWebHost().getAppInfo()).toEqual({
      name: 'Endfirst',
      version: '9.9.9',
      platform: 'web',
      dataFolder: null,
      electronVersion: null,
    });
  });

  it.each([
    ['https://example.org/guide', true],
    ['mailto:team@example.org', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
  ])('opens %s only when the allowlist agrees (%s)', async (url, expected) => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    expect(await createWebHost().openExternal(url)).toBe(expected);
    expect(open).toHaveBeenCalledTimes(expected ? 1 : 0);
  });
});
