import { describe, expect, it, vi } from 'vitest';
import { isTrustedSenderFrame, registerInvokeHandlers } from '../../../electron/main/ipc-registry';
import type { InvokeHandlers } from '../../../electron/main/ipc-registry';
import { invokeChannels } from '../../../shared/ipc';
import { fakeIpcMain, mainFrame, subFrame } from './fakes';

const trusted = ['app://endfirst'];
const appInfo = { name: 'Endfirst', version: '0.1.0', platform: 'linux', dataFolder: '/data', electronVersion: '45.5.0' } as const;

function setUp(overrides: Partial<InvokeHandlers> = {}) {
  const ipc = fakeIpcMain();
  const handlers = {
    getAppInfo: vi.fn(() => appInfo),
    openExternal: vi.fn(async (url: string) => ({ opened: url.startsWith('https:') })),
    copyText: vi.fn(() => ({ copied: true })),
    writeBackup: vi.fn(async (workshopId: string) => ({ fileName: `${workshopId}.endfirst`, workshopId, savedAt: '', bytes: 1 })),
    listBackups: vi.fn(async () => []),
    readBackup: vi.fn(async () => ({ contents: '' })),
    confirmFlushed: vi.fn(() => ({ accepted: true })),
    exportSummaryPdf: vi.fn(async () => ({ status: 'cancelled' as const })),
    signalPrintReady: vi.fn(() => ({ accepted: true })),
    showExportedFile: vi.fn(() => ({ shown: false })),
    getTeamServer: vi.fn(() => ({ url: null })),
    setTeamServer: vi.fn((url: string | null) => ({ url })),
    ...overrides,
  } satisfies InvokeHandlers;
  const reportError = vi.fn();
  registerInvokeHandlers(ipc.registrar, handlers, (frame) => isTrustedSenderFrame(frame, trusted), reportError);
  return { ...ipc, handlers, reportError };
}

describe('isTrustedSenderFrame', () => {
  it.each([
    ['our main frame', mainFrame('app://endfirst/index.html#/'), true],
    ['a frame that has gone away', null, false],
    ['a subframe, even on our origin', subFrame('app://endfirst/'), false],
    ['a look-alike host', mainFrame('app://endfirst.evil/'), false],
    ['credentials that hide another host', mainFrame('app://endfirst@evil/'), false],
    ['a web page', mainFrame('https://evil.example/'), false],
    ['a local file', mainFrame('file:///home/me/evil.html'), false],
    ['the dev server in a packaged build', mainFrame('http://localhost:5173/'), false],
    ['a blank frame', mainFrame('about:blank'), false],
    ['an empty URL', mainFrame(''), false],
  ])('%s → %s', (_label, frame, expected) => {
    expect(isTrustedSenderFrame(frame, trusted)).toBe(expected);
  });
});

describe('registerInvokeHandlers', () => {
  it('registers exactly one handler per contract channel', () => {
    const { registered } = setUp();
    expect([...registered.keys()].sort()).toEqual(Object.values(invokeChannels).sort());
  });

  it('answers a valid call from our window with the handler value', async () => {
    const { invoke } = setUp();
    await expect(invoke(invokeChannels.getAppInfo, mainFrame('app://endfirst/'))).resolves.toEqual({ ok: true, value: appInfo });
    await expect(invoke(invokeChannels.openExternal, mainFrame('app://endfirst/'), 'https://example.org')).resolves.toEqual({
      ok: true,
      value: { opened: true },
    });
  });

  it.each([
    ['a foreign origin', mainFrame('https://evil.example/')],
    ['a look-alike origin', mainFrame('app://endfirst.evil/')],
    ['a subframe', subFrame('app://endfirst/')],
    ['a destroyed frame', null],
  ])('refuses a call from %s without running the handler', async (_label, frame) => {
    const { invoke, handlers } = setUp();
    const result = await invoke(invokeChannels.openExternal, frame, 'https://example.org');
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handlers.openExternal).not.toHaveBeenCalled();
  });

  it.each([
    ['no argument', []],
    ['a number instead of a URL', [42]],
    ['an empty string', ['']],
    ['a huge string', ['x'.repeat(5000)]],
    ['an extra argument', ['https://example.org', 'extra']],
    ['an object', [{ toString: () => 'https://example.org' }]],
  ])('answers %s with a typed bad-request error', async (_label, args) => {
    const { invoke, handlers } = setUp();
    const result = await invoke(invokeChannels.openExternal, mainFrame('app://endfirst/'), ...args);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    if (!result.ok) expect(result.error.issues?.length).toBeGreaterThan(0);
    expect(handlers.openExternal).not.toHaveBeenCalled();
  });

  it('names where the malformed argument is', async () => {
    const { invoke } = setUp();
    const result = await invoke(invokeChannels.openExternal, mainFrame('app://endfirst/'), 42);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request', issues: ['0'] } });
  });

  it('turns a throwing handler into `failed` with the message and no stack', async () => {
    const { invoke, reportError } = setUp({
      openExternal: () => {
        throw new Error('disk on fire');
      },
    });
    const result = await invoke(invokeChannels.openExternal, mainFrame('app://endfirst/'), 'https://example.org');
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: 'disk on fire' } });
    expect(JSON.stringify(result)).not.toContain('at ');
    expect(reportError).toHaveBeenCalledWith(invokeChannels.openExternal, expect.any(Error));
  });

  it('turns a rejected promise into `failed` too, and keeps serving calls afterwards', async () => {
    let calls = 0;
    const { invoke } = setUp({
      openExternal: async () => {
        calls += 1;
        if (calls === 1) throw new Error('first call fails');
        return { opened: true };
      },
    });
    await expect(invoke(invokeChannels.openExternal, mainFrame('app://endfirst/'), 'https://a.example')).resolves.toMatchObject({
      ok: false,
      error: { code: 'failed' },
    });
    await expect(invoke(invokeChannels.openExternal, mainFrame('app://endfirst/'), 'https://a.example')).resolves.toEqual({
      ok: true,
      value: { opened: true },
    });
  });
});
