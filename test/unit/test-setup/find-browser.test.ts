import { describe, expect, it } from 'vitest';
import { findBrowser, installPaths, noBrowserMessage, pathCandidates, SEARCH_ROOT_VARIABLE } from '../../browser/find-browser.mjs';

const PLAYWRIGHT_SHELL = '/home/u/.cache/ms-playwright/chromium_headless_shell-1/chrome-headless-shell';
const PLAYWRIGHT_FULL = '/home/u/.cache/ms-playwright/chromium-1/chrome';

/** A machine where exactly `present` exist. */
const search = (platform: string, env: Record<string, string>, present: readonly string[]) => ({
  platform,
  env,
  exists: (path: string) => present.includes(path),
  playwrightBrowsers: [PLAYWRIGHT_SHELL, PLAYWRIGHT_FULL],
});

const WINDOWS_ENV = {
  PROGRAMFILES: 'C:\\Program Files',
  'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
  LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local',
  Path: 'C:\\Windows;C:\\Tools',
};

describe('installPaths: the usual places on each OS, in order', () => {
  it.each([
    {
      platform: 'linux',
      env: {},
      expected: [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/usr/bin/microsoft-edge',
        '/usr/bin/microsoft-edge-stable',
        '/snap/bin/chromium',
        '/opt/google/chrome/chrome',
        '/opt/microsoft/msedge/msedge',
      ],
    },
    {
      platform: 'darwin',
      env: { HOME: '/Users/u' },
      expected: [
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
        '/Users/u/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Users/u/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Users/u/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      ],
    },
    {
      platform: 'win32',
      env: WINDOWS_ENV,
      expected: [
        'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
        'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
        'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
        'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
        'C:\\Users\\u\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
        'C:\\Users\\u\\AppData\\Local\\Microsoft\\Edge\\Application\\msedge.exe',
      ],
    },
    { platform: 'win32', env: {}, expected: [] },
    {
      platform: 'linux',
      env: { [SEARCH_ROOT_VARIABLE]: '/tmp/empty' },
      expected: ['/tmp/empty/usr/bin/chromium', '/tmp/empty/usr/bin/chromium-browser'],
      prefixOnly: true,
    },
  ])('$platform with $env', ({ platform, env, expected, prefixOnly }) => {
    const paths = installPaths(platform, env);
    expect(prefixOnly ? paths.slice(0, expected.length) : paths).toEqual(expected);
  });

  it('moves every place under the search root, on each OS', () => {
    const root = { [SEARCH_ROOT_VARIABLE]: '/tmp/empty' };
    for (const [platform, env] of [['linux', root], ['darwin', { ...root, HOME: '/Users/u' }], ['win32', { ...root, ...WINDOWS_ENV }]] as const) {
      const paths = installPaths(platform, env);
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) expect(path.replaceAll('\\', '/').startsWith('/tmp/empty/')).toBe(true);
    }
  });
});

describe('pathCandidates: the browsers by name on PATH', () => {
  it.each([
    { platform: 'linux', env: { PATH: '/nix/bin::/usr/local/bin' }, first: '/nix/bin/chromium', count: 12 },
    { platform: 'darwin', env: { PATH: '/opt/homebrew/bin' }, first: '/opt/homebrew/bin/chromium', count: 2 },
    { platform: 'win32', env: WINDOWS_ENV, first: 'C:\\Windows\\chrome.exe', count: 4 },
    { platform: 'linux', env: {}, first: undefined, count: 0 },
  ])('$platform, PATH $env.PATH', ({ platform, env, first, count }) => {
    const paths = pathCandidates(platform, env);
    expect(paths[0]).toBe(first);
    expect(paths).toHaveLength(count);
  });
});

describe('findBrowser: each choice in order', () => {
  it.each([
    {
      name: 'CHROMIUM_PATH first, even when a browser is installed',
      machine: search('linux', { CHROMIUM_PATH: '/opt/my/chrome' }, ['/opt/my/chrome', '/usr/bin/chromium']),
      expected: { executablePath: '/opt/my/chrome', source: 'CHROMIUM_PATH' },
    },
    {
      name: 'a CHROMIUM_PATH with no file is not silently replaced by another browser',
      machine: search('linux', { CHROMIUM_PATH: '/opt/typo' }, ['/usr/bin/chromium']),
      expected: null,
    },
    {
      name: "Debian's chromium",
      machine: search('linux', {}, ['/usr/bin/chromium', '/usr/bin/google-chrome', PLAYWRIGHT_SHELL]),
      expected: { executablePath: '/usr/bin/chromium', source: 'installed' },
    },
    {
      name: 'Chrome on Linux when there is no Chromium',
      machine: search('linux', {}, ['/usr/bin/google-chrome-stable']),
      expected: { executablePath: '/usr/bin/google-chrome-stable', source: 'installed' },
    },
    {
      name: 'the snap Chromium',
      machine: search('linux', {}, ['/snap/bin/chromium']),
      expected: { executablePath: '/snap/bin/chromium', source: 'installed' },
    },
    {
      name: 'a browser on PATH after the usual places',
      machine: search('linux', { PATH: '/nix/bin' }, ['/nix/bin/chromium']),
      expected: { executablePath: '/nix/bin/chromium', source: 'installed' },
    },
    {
      name: 'Chrome on a Mac before Edge',
      machine: search('darwin', { HOME: '/Users/u' }, [
        '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      ]),
      expected: { executablePath: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', source: 'installed' },
    },
    {
      name: 'Edge on Windows (always there on Windows 10 and 11)',
      machine: search('win32', WINDOWS_ENV, ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe']),
      expected: { executablePath: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', source: 'installed' },
    },
    {
      name: 'a per-user Chrome on Windows',
      machine: search('win32', WINDOWS_ENV, ['C:\\Users\\u\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe']),
      expected: { executablePath: 'C:\\Users\\u\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe', source: 'installed' },
    },
    {
      name: "Playwright's headless shell when nothing is installed",
      machine: search('linux', {}, [PLAYWRIGHT_FULL, PLAYWRIGHT_SHELL]),
      expected: { executablePath: PLAYWRIGHT_SHELL, source: 'playwright' },
    },
    {
      name: "Playwright's full Chromium when only that was downloaded",
      machine: search('darwin', {}, [PLAYWRIGHT_FULL]),
      expected: { executablePath: PLAYWRIGHT_FULL, source: 'playwright' },
    },
    {
      name: 'nothing anywhere',
      machine: search('win32', WINDOWS_ENV, []),
      expected: null,
    },
    {
      name: 'an installed browser outside the search root is not seen',
      machine: search('linux', { [SEARCH_ROOT_VARIABLE]: '/tmp/empty' }, ['/usr/bin/chromium']),
      expected: null,
    },
  ])('$name', ({ machine, expected }) => {
    expect(findBrowser(machine)).toEqual(expected);
  });
});

describe('noBrowserMessage: one paragraph with every choice and its exact command', () => {
  it.each(['linux', 'darwin', 'win32'])('on %s', (platform) => {
    const message = noBrowserMessage(platform, {});
    expect(message).not.toContain('\n');
    for (const command of ['sudo apt-get install chromium', 'brew install --cask chromium', 'Google Chrome', 'Edge', 'npx playwright install chromium', 'CHROMIUM_PATH']) {
      expect(message).toContain(command);
    }
  });

  it.each([
    { platform: 'linux', example: 'CHROMIUM_PATH=/path/to/chromium npm test' },
    { platform: 'win32', example: '$env:CHROMIUM_PATH="C:\\path\\to\\chrome.exe"' },
  ])('shows how to set CHROMIUM_PATH in the shell of $platform', ({ platform, example }) => {
    expect(noBrowserMessage(platform, {})).toContain(example);
  });

  it('names a CHROMIUM_PATH that points at nothing', () => {
    expect(noBrowserMessage('linux', { CHROMIUM_PATH: '/opt/typo' })).toMatch(/^CHROMIUM_PATH is set to "\/opt\/typo", but there is no file there\./);
  });
});
