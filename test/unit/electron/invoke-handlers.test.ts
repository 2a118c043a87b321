import { describe, expect, it, vi } from 'vitest';
import { createBackupStore, type BackupFs } from '../../../electron/main/backups';
import { createInvokeHandlers, toAppPlatform, type InvokeHandlerDeps } from '../../../electron/main/invoke-handlers';
import { AppInfoSchema } from '../../../shared/ipc';

function deps(overrides: Partial<InvokeHandlerDeps> = {}): InvokeHandlerDeps {
  return {
    app: fakeApp,
    shell: { openExternal: vi.fn() },
    platform: 'linux',
    electronVersion: '45.5.0',
    clipboard: { writeText: vi.fn() },
    backups: createBackupStore(fakeBackupFs(), '/backups'),
    confirmFlushed: vi.fn(() => true),
    pdfExporter: {
      exportSummaryPdf: vi.fn(async () => ({ status: 'cancelled' as const })),
      signalPrintReady: vi.fn(() => true),
      showExportedFile: vi.fn(() => false),
    },
    teamServer: { current: () => null, save: vi.fn(async () => null) },
    teamServerChanged: vi.fn(),
    ...overrides,
  };
}

/** A disk with nothing on it, enough for the handler wiring (backups.test.ts covers the store). */
function fakeBackupFs(): BackupFs {
  const files = new Map<string, string>();
  return {
    mkdir: async () => undefined,
    writeFile: async (file, data) => void files.set(file, data),
    rename: async (from, to) => {
      files.set(to, files.get(from) ?? '');
      files.delete(from);
    },
    readdir: async () => [...files.keys()].map((file) => file.replace('/backups/', '')),
    readFile: async (file) => files.get(file) ?? '',
    stat: async (file) => ({ size: files.get(file)?.length ?? 0 }),
    rm: async (file) => void files.delete(file),
  };
}

const fakeApp = {
  getName: () => 'Endfirst',
  getVersion: () => '0.1.0',
  getPath: vi.fn(() => '/home/ana/.config/Endfirst'),
};

describe('invoke handlers', () => {
  it('reports the app info the contract promises, with the pinned data folder', async () => {
    const handlers = createInvokeHandlers(deps());
    const info = await handlers.getAppInfo();
    expect(AppInfoSchema.parse(info)).toEqual({
      name: 'Endfirst',
      version: '0.1.0',
      platform: 'linux',
      dataFolder: '/home/ana/.config/Endfirst',
      electronVersion: '45.5.0',
    });
    expect(fakeApp.getPath).toHaveBeenCalledWith('userData');
  });

  it.each([
    ['darwin', 'darwin'],
    ['win32', 'win32'],
    ['linux', 'linux'],
    ['freebsd', 'linux'],
  ] as const)('maps the %s platform to %s', (platform, expected) => {
    expect(toAppPlatform(platform)).toBe(expected);
  });

  it('opens external links only through the allowlist', async () => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    const handlers = createInvokeHandlers(deps({ shell, electronVersion: undefined }));
    await expect(handlers.openExternal('file:///etc/passwd')).resolves.toEqual({ opened: false });
    await expect(handlers.openExternal('https://example.org/')).resolves.toEqual({ opened: true });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/');
  });

  it('copies text through the native clipboard', async () => {
    const clipboard = { writeText: vi.fn() };
    await expect(Promise.resolve(createInvokeHandlers(deps({ clipboard })).copyText('details'))).resolves.toEqual({ copied: true });
    expect(clipboard.writeText).toHaveBeenCalledExactlyOnceWith('details');
  });

  it('writes, lists and reads backups through the backup store', async () => {
    const handlers = createInvokeHandlers(deps());
    const workshopId = '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b';
    const entry = await handlers.writeBackup(workshopId, '{"format":"endfirst"}');
    expect(await handlers.listBackups()).toEqual([expect.objectContaining({ fileName: entry.fileName, workshopId })]);
    await expect(handlers.readBackup(entry.fileName)).resolves.toEqual({ contents: '{"format":"endfirst"}' });
  });

  it('passes a flush confirmation to the close guard', async () => {
    const confirmFlushed = vi.fn(() => false);
    await expect(Promise.resolve(createInvokeHandlers(deps({ confirmFlushed })).confirmFlushed(4))).resolves.toEqual({ accepted: false });
    expect(confirmFlushed).toHaveBeenCalledWith(4);
  });
});
