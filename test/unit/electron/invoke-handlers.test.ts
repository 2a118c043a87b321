import { describe, expect, it, vi } from 'vitest';
import { createInvokeHandlers, toAppPlatform } from '../../../electron/main/invoke-handlers';
import { AppInfoSchema } from '../../../shared/ipc';

const fakeApp = {
  getName: () => 'Endfirst',
  getVersion: () => '0.1.0',
  getPath: vi.fn(() => '/home/ana/.config/Endfirst'),
};

describe('invoke handlers', () => {
  it('reports the app info the contract promises, with the pinned data folder', async () => {
    const handlers = createInvokeHandlers({ app: fakeApp, shell: { openExternal: vi.fn() }, platform: 'linux', electronVersion: '45.5.0' });
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
    const handlers = createInvokeHandlers({ app: fakeApp, shell, platform: 'linux', electronVersion: undefined });
    await expect(handlers.openExternal('file:///etc/passwd')).resolves.toEqual({ opened: false });
    await expect(handlers.openExternal('https://example.org/')).resolves.toEqual({ opened: true });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/');
  });
});
