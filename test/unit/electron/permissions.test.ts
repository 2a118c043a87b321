import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions } from '../../../electron/main/permissions';

type RequestHandler = (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type CheckHandler = (...args: unknown[]) => boolean;

describe('denyAllPermissions', () => {
  const setUp = () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    denyAllPermissions(session);
    return {
      session,
      request: session.setPermissionRequestHandler.mock.calls[0]?.[0] as RequestHandler,
      check: session.setPermissionCheckHandler.mock.calls[0]?.[0] as CheckHandler,
      device: session.setDevicePermissionHandler.mock.calls[0]?.[0] as CheckHandler,
    };
  };

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'hid', 'serial', 'usb', 'openExternal', 'unknown'])(
    'refuses a %s request',
    (permission) => {
      const { request } = setUp();
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it('answers every permission check with no, even for our own origin', () => {
    const { check } = setUp();
    expect(check(null, 'media', 'app://endfirst', {})).toBe(false);
    expect(check(null, 'clipboard-read', 'app://endfirst', {})).toBe(false);
  });

  it('refuses device access', () => {
    const { device } = setUp();
    expect(device({ deviceType: 'usb', origin: 'app://endfirst' })).toBe(false);
  });

  it('works on a session without device permissions', () => {
    expect(() => denyAllPermissions({ setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() })).not.toThrow();
  });
});
