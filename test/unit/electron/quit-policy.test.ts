import { describe, expect, it } from 'vitest';
import { shouldQuitWhenAllWindowsClosed } from '../../../electron/main/quit-policy';

describe('shouldQuitWhenAllWindowsClosed', () => {
  it.each([
    { platform: 'win32', isQuitRequested: false, expected: true },
    { platform: 'linux', isQuitRequested: false, expected: true },
    { platform: 'darwin', isQuitRequested: false, expected: false },
    // Cmd+Q whose window close was held for the flush: the quit goes on once the window is gone.
    { platform: 'darwin', isQuitRequested: true, expected: true },
    { platform: 'linux', isQuitRequested: true, expected: true },
  ] as const)('$platform, quit requested: $isQuitRequested → $expected', ({ platform, isQuitRequested, expected }) => {
    expect(shouldQuitWhenAllWindowsClosed(platform, isQuitRequested)).toBe(expected);
  });
});
