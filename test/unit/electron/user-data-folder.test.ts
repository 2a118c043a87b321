import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { userDataFolder } from '../../../electron/main/user-data-folder';

const appData = path.resolve('/home/facilitator/.config');
const throwaway = path.resolve('/tmp/endfirst-smoke/userData');

describe('userDataFolder', () => {
  it.each([
    { name: 'packaged, no override', isPackaged: true, testOverride: undefined, expected: path.join(appData, 'Endfirst') },
    { name: 'packaged: the override is ignored', isPackaged: true, testOverride: throwaway, expected: path.join(appData, 'Endfirst') },
    { name: 'unpackaged, no override', isPackaged: false, testOverride: undefined, expected: path.join(appData, 'Endfirst') },
    { name: 'unpackaged with an absolute override (the smoke test)', isPackaged: false, testOverride: throwaway, expected: throwaway },
    { name: 'unpackaged with a relative override: ignored', isPackaged: false, testOverride: 'userData', expected: path.join(appData, 'Endfirst') },
    { name: 'unpackaged with an empty override: ignored', isPackaged: false, testOverride: '', expected: path.join(appData, 'Endfirst') },
  ])('$name', ({ isPackaged, testOverride, expected }) => {
    expect(userDataFolder({ appData, isPackaged, testOverride })).toBe(expected);
  });
});
