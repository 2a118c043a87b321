import type { Session } from 'electron';

export type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> &
  Partial<Pick<Session, 'setDevicePermissionHandler'>>;

/**
 * Endfirst needs no camera, microphone, location, notifications, USB, HID or serial port. Electron's
 * default is to grant every request, so without these handlers any script that got into the
 * renderer could switch on the projector room's microphone.
 *
 * This also denies `clipboard-sanitized-write`, which Chromium asks for before every
 * `navigator.clipboard.writeText`: a renderer "copy" button must not rely on that API in Electron.
 */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
}
