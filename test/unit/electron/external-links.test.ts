import { describe, expect, it, vi } from 'vitest';
import { isAllowedExternalUrl, openExternalSafely } from '../../../electron/main/external-links';

describe('isAllowedExternalUrl', () => {
  it.each([
    ['https://example.org'],
    ['https://example.org/path?q=1#frag'],
    ['HTTPS://EXAMPLE.ORG/'],
    ['https://example.org:8443/'],
    ['mailto:facilitator@example.org'],
    ['mailto:facilitator@example.org?subject=Pilot'],
  ])('lets %s through', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['file:///etc/passwd'],
    ['file://server/share/run.exe'],
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['smb://attacker.example/share'],
    ['\\\\attacker.example\\share'],
    ['http://example.org'],
    ['https://user:pass@example.org'],
    ['https://user@example.org'],
    ['https://:pass@example.org'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['ms-msdt:/id PCWDiagnostic'],
    ['app://endfirst/'],
    ['mailto:'],
    ['https://'],
    ['https:'],
    ['not a url'],
    [''],
    ['//example.org'],
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('openExternalSafely', () => {
  it('hands an allowed URL to the OS, normalised', async () => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    await expect(openExternalSafely('HTTPS://Example.org/a b', shell)).resolves.toEqual({ opened: true });
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/a%20b');
  });

  it('never calls the OS for a refused URL', async () => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    await expect(openExternalSafely('file:///etc/passwd', shell)).resolves.toEqual({ opened: false });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
